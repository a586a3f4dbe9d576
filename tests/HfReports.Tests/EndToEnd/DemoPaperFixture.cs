using HfReports.Ingest.Demo;
using HfReports.Tests.Support;

namespace HfReports.Tests.EndToEnd;

/// <summary>Builds the shipped paper report once on a fresh demo snapshot, through the real command line.</summary>
public sealed class DemoPaperFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public string SnapshotPath { get; }
    public string OutputFolder { get; }
    public CliRunner.Result Build { get; }

    public DemoPaperFixture()
    {
        SnapshotPath = _folder.File("demo.db");
        OutputFolder = _folder.File("out");
        DemoSnapshotGenerator.Write(SnapshotPath, new DemoOptions(Models: 3000, Seed: 7));
        Build = CliRunner.Run("build", Path.Combine(RepositoryRoot.Path, "reports.yaml"), "--snapshot", SnapshotPath, "--output", OutputFolder);
    }

    public string PdfPath => Path.Combine(OutputFolder, "paper.pdf");
    public string HtmlPath => Path.Combine(OutputFolder, "paper.html");

    public void Dispose() => _folder.Dispose();
}
