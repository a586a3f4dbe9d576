namespace HfReports.Ingest.Demo;

/// <summary>Writes a deterministic synthetic ("demo") snapshot.</summary>
public static class DemoSnapshotGenerator
{
    public static DemoSummary Write(string path, DemoOptions options) =>
        throw new NotImplementedException("the demo generator is being written");
}

public sealed record DemoSummary(string Path, int Models, int Entries, int Authors);
