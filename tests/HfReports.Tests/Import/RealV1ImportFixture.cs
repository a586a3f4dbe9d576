using HfReports.Ingest.Import;
using HfReports.Tests.Support;

namespace HfReports.Tests.Import;

/// <summary>Imports the real v1 export once for all the tests that read it.</summary>
public sealed class RealV1ImportFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public string? Snapshot { get; }
    public ImportSummary? Summary { get; }

    public RealV1ImportFixture()
    {
        if (!RealExports.ShouldRead) return;
        Snapshot = _folder.File("v1.db");
        Summary = SnapshotImporter.Run(new ImportOptions([RealExports.V1], Snapshot));
    }

    public void Dispose() => _folder.Dispose();
}
