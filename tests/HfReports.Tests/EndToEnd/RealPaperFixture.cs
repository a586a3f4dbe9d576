using HfReports.Ingest.Import;
using HfReports.Tests.Support;

namespace HfReports.Tests.EndToEnd;

/// <summary>Imports the real v1 export and builds the shipped paper on it once, through the real command line.</summary>
public sealed class RealPaperFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public string? SnapshotPath { get; }
    public string OutputFolder { get; }
    public CliRunner.Result? Build { get; }

    public RealPaperFixture()
    {
        OutputFolder = _folder.File("out");
        if (!RealExports.ShouldRead) return;
        SnapshotPath = _folder.File("v1.db");
        SnapshotImporter.Run(new ImportOptions([RealExports.V1], SnapshotPath));
        Build = CliRunner.Run("build", Path.Combine(RepositoryRoot.Path, "reports.yaml"), "--snapshot", SnapshotPath, "--output", OutputFolder,
            "--strict", "--format", "json");
    }

    public string PdfPath => Path.Combine(OutputFolder, "paper.pdf");

    public void Dispose() => _folder.Dispose();
}
