using HfReports.Tests.Hub;
using HfReports.Tests.Support;

namespace HfReports.Tests.Hardening;

/// <summary>
/// Kills the real command line (SIGKILL: no handler, no finally) while it writes the PDF, then checks
/// that the previous PDF is byte-identical and that the next build leaves no temporary file behind.
/// </summary>
public sealed class KillDuringWriteTests
{
    private const int Attempts = 8;

    /// <summary>Long enough for a loaded machine, short enough to fail a hang.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Killing_a_build_mid_write_keeps_the_previous_pdf_byte_identical()
    {
        using var workspace = new HostileWorkspace(LargeReport("first"));
        Assert.Equal(0, CliRunner.Run("build", workspace.ManifestPath, "--quiet").ExitCode);
        var pdf = Path.Combine(workspace.OutputFolder, "large.pdf");
        var previous = File.ReadAllBytes(pdf);

        // A different title: had the killed build finished, the PDF would differ.
        workspace.Write("report.yaml", LargeReport("second"));
        var killedMidWrite = 0;
        for (var attempt = 0; attempt < Attempts && killedMidWrite == 0; attempt++)
        {
            if (await KillWhileWriting(workspace)) killedMidWrite++;
            Assert.Equal(previous, File.ReadAllBytes(pdf));
        }
        Assert.True(killedMidWrite > 0, $"no kill landed while the PDF was being written in {Attempts} attempts");
        Assert.NotEmpty(Temporaries(workspace)); // SIGKILL leaves the temporary file...

        workspace.Write("report.yaml", LargeReport("first"));
        Assert.Equal(0, CliRunner.Run("build", workspace.ManifestPath, "--quiet").ExitCode);
        Assert.Empty(Temporaries(workspace)); // ...and the next build sweeps it
        Assert.Equal(previous, File.ReadAllBytes(pdf));
    }

    /// <summary>Starts a build and kills it the moment its temporary PDF is created (an inotify event, not a poll);
    /// true when it was killed, false when the build ended first.</summary>
    private static async Task<bool> KillWhileWriting(HostileWorkspace workspace)
    {
        using var temporary = new FileWatch(workspace.OutputFolder, ".large.pdf.*");
        using var build = new CliProcess(["build", workspace.ManifestPath, "--quiet"]);
        var first = await Task.WhenAny(temporary.Task, build.Exited, Task.Delay(Patience));
        if (first == temporary.Task)
        {
            await build.KillAsync();
            return true;
        }
        Assert.True(first == build.Exited, $"the build neither wrote its PDF nor ended within {Patience.TotalMinutes} minutes");
        return false;
    }

    private static string[] Temporaries(HostileWorkspace workspace) =>
        Directory.GetFiles(workspace.OutputFolder, ".*.tmp");

    /// <summary>A report whose PDF takes a while to lay out and write: a long table and several figures.</summary>
    private static string LargeReport(string title)
    {
        var figures = string.Join("\n", Enumerable.Range(1, 12).Select(i => $$"""
                    - figure:
                        id: f{{i}}
                        caption: Figure {{i}}
                        data:
                          query: "with recursive c(x) as (select 1 union all select x + 1 from c limit 3000) select x, (x * {{i}}) % 97 as y from c"
                        chart: { type: scatter, x: x, y: y }
            """));
        return $$"""
            report:
              id: large
              title: "Large {{title}}"
              sections:
                - title: Only
                  blocks:
                    - table:
                        id: t
                        caption: Many rows
                        data:
                          query: "with recursive c(x) as (select 1 union all select x + 1 from c limit 9000) select x as n, 'row number ' || x as label from c"
                        columns: [n, label]
            {{figures}}
            """;
    }
}
