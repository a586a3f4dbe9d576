using HfReports.Ingest.Demo;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Demo;

/// <summary>One 7,000-model demo snapshot (the default size) shared by the content tests.</summary>
public sealed class DemoSnapshotFixture : IDisposable
{
    public const int Models = 7000;

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hfreports-demo-tests-" + Guid.NewGuid().ToString("N"));
    public string Path { get; }
    public DemoSummary Summary { get; }

    public DemoSnapshotFixture()
    {
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "demo.db");
        Summary = DemoSnapshotGenerator.Write(Path, new DemoOptions(Models, DemoOptions.DefaultSeed));
    }

    /// <summary>A read-only connection without pooling, so the folder can be deleted afterwards.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
    }
}
