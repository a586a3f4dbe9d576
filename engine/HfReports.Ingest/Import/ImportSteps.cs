using System.Diagnostics;
using HfReports.Ingest.Snapshot;

namespace HfReports.Ingest.Import;

/// <summary>Times the steps of one import, in the order they ran, and tells the caller when one starts.</summary>
internal sealed class ImportSteps(Action<SnapshotProgress>? progress)
{
    private readonly List<ImportStep> _steps = [];

    public IReadOnlyList<ImportStep> All => _steps;

    /// <param name="announce">False for a step that reports its own progress (reading a file).</param>
    public T Time<T>(string name, Func<T> step, bool announce = true)
    {
        if (announce) progress?.Invoke(SnapshotProgress.Started(name));
        var clock = Stopwatch.StartNew();
        var result = step();
        _steps.Add(new ImportStep(name, clock.Elapsed));
        return result;
    }

    public void Time(string name, Action step) => Time(name, () => { step(); return 0; });
}
