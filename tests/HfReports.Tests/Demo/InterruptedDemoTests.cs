using HfReports.Ingest.Demo;
using HfReports.Tests.Support;

namespace HfReports.Tests.Demo;

public sealed class InterruptedDemoTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_cancelled_generation_writes_nothing_and_leaves_an_existing_snapshot_alone()
    {
        var target = _folder.Write("demo.db", "an older file that must survive");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => DemoSnapshotGenerator.Write(target, new DemoOptions(1000), cancel.Token));

        Assert.Equal("an older file that must survive", File.ReadAllText(target));
        Assert.Equal(["demo.db"], Directory.GetFiles(_folder.Path).Select(Path.GetFileName));
    }

    public void Dispose() => _folder.Dispose();
}
