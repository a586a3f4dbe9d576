using System.Diagnostics;

namespace HfReports.Ingest.Import;

/// <summary>Times the steps of one import, in the order they ran.</summary>
internal sealed class ImportSteps
{
    private readonly List<ImportStep> _steps = [];

    public IReadOnlyList<ImportStep> All => _steps;

    public T Time<T>(string name, Func<T> step)
    {
        var clock = Stopwatch.StartNew();
        var result = step();
        _steps.Add(new ImportStep(name, clock.Elapsed));
        return result;
    }

    public void Time(string name, Action step) => Time(name, () => { step(); return 0; });
}
