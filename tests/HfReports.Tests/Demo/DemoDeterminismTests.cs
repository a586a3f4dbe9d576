using System.Security.Cryptography;
using HfReports.Ingest.Demo;

namespace HfReports.Tests.Demo;

public sealed class DemoDeterminismTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "hfreports-demo-determinism-" + Guid.NewGuid().ToString("N"));

    public DemoDeterminismTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void SameSeed_WritesByteIdenticalFiles()
    {
        var first = Hash(Write("a.db", seed: 7));
        var second = Hash(Write("b.db", seed: 7));
        Assert.Equal(first, second);
    }

    [Fact]
    public void DifferentSeed_WritesDifferentFiles()
    {
        Assert.NotEqual(Hash(Write("a.db", seed: 7)), Hash(Write("b.db", seed: 8)));
    }

    [Fact]
    public void Write_ReplacesAnExistingFileAndLeavesNoTemporaryFiles()
    {
        var path = Path.Combine(_folder, "demo.db");
        File.WriteAllText(path, "old");
        DemoSnapshotGenerator.Write(path, new DemoOptions(500, 1));
        Assert.NotEqual("old", File.ReadAllText(path)[..3]);
        Assert.Equal(["demo.db"], Directory.GetFiles(_folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Write_RejectsTooFewModels()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoSnapshotGenerator.Write(Path.Combine(_folder, "x.db"), new DemoOptions(10, 1)));
    }

    private string Write(string name, int seed)
    {
        var path = Path.Combine(_folder, name);
        DemoSnapshotGenerator.Write(path, new DemoOptions(1000, seed));
        return path;
    }

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
