using System.Collections.Concurrent;
using HfReports.Cli;
using HfReports.Cli.Commands;
using HfReports.Engine.Build;
using HfReports.Tests.Publishing;
using HfReports.Tests.Support;

namespace HfReports.Tests.Building;

/// <summary>`build --watch` on a temporary copy of a small report: a saved change is rebuilt from the cache, a broken
/// spec is reported and survived, and cancelling ends the watch with exit code 0. Waits are bounded; no timings are asserted.</summary>
public sealed class WatchTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_saved_change_is_rebuilt_a_broken_spec_is_survived_and_cancel_exits_zero()
    {
        var snapshot = PublishingSnapshots.Base(_folder);
        var manifest = TinyReport.Write(_folder, snapshot);
        var spec = _folder.File("tiny.yaml");
        var html = _folder.File("out/tiny.html");
        var builds = new BlockingCollection<BuildResult?>();
        var log = new StringWriter();
        using var cancel = new CancellationTokenSource();
        var run = new BuildCommand.BuildRun(manifest, [], null, null, Strict: false, UseCache: true, Parallelism: 2);
        using var watcher = new BuildWatcher(run, new ConsoleSettings(Verbosity.Normal, false, false), TextWriter.Synchronized(log));
        watcher.Built += builds.Add;
        var watching = Task.Run(() => watcher.Run(cancel.Token));

        var first = Next(builds);
        Assert.NotNull(first);
        Assert.False(first.HasErrors);
        Assert.All(first.Blocks, b => Assert.False(b.Reused));

        File.WriteAllText(spec, File.ReadAllText(spec).Replace("Models at or above the threshold.", "Models at or above the bar."));
        var second = NextWhere(builds, r => r is not null && File.ReadAllText(html).Contains("Models at or above the bar."));
        Assert.False(second!.HasErrors);
        Assert.All(second.Blocks, b => Assert.True(b.Reused, $"{b.Kind} {b.Id} rebuilt though only a caption changed"));

        File.WriteAllText(spec, File.ReadAllText(spec).Replace("query: select fullname", "query: selec fullname"));
        var broken = NextWhere(builds, r => r is null || r.HasErrors);
        // The diagnostic names the file and the line of the broken query, and what SQLite found there.
        var queryLine = Array.FindIndex(File.ReadAllLines(spec), l => l.Contains("query: selec fullname", StringComparison.Ordinal)) + 1;
        Assert.Matches($@"tiny\.yaml:{queryLine}:\d+: error: .*near ""selec"": syntax error", log.ToString());

        File.WriteAllText(spec, File.ReadAllText(spec).Replace("query: selec fullname", "query: select fullname"));
        var fixedBuild = NextWhere(builds, r => r is not null && !r.HasErrors);
        Assert.Contains(fixedBuild!.Blocks, b => b is { Kind: "table", Id: "models" });

        cancel.Cancel();
        Assert.Equal(0, await watching.WaitAsync(Patience));
        _ = broken;
    }

    private static BuildResult? Next(BlockingCollection<BuildResult?> builds)
    {
        Assert.True(builds.TryTake(out var result, Patience), "no build within the time allowed");
        return result;
    }

    /// <summary>Editors and file systems may report one save as several changes: skip builds until one matches.</summary>
    private static BuildResult? NextWhere(BlockingCollection<BuildResult?> builds, Func<BuildResult?, bool> wanted)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
            if (builds.TryTake(out var result, deadline - DateTime.UtcNow) && wanted(result))
                return result;
        Assert.Fail("no matching build within the time allowed");
        return null;
    }

    public void Dispose() => _folder.Dispose();
}
