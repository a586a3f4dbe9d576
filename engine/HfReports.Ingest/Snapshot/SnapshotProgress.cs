namespace HfReports.Ingest.Snapshot;

/// <summary>
/// Where a snapshot builder (import, demo) is: the step it runs and how far it got, <paramref name="Done"/> of
/// <paramref name="Total"/> (bytes of a file, models written). A step that does not count reports Total 0, once, as it starts.
/// </summary>
public readonly record struct SnapshotProgress(string Step, long Done, long Total)
{
    internal static SnapshotProgress Started(string step) => new(step, 0, 0);
}
