using System.Net;
using HfReports.Cli;
using HfReports.Cli.Commands;
using HfReports.Ingest.Demo;
using HfReports.Tests.Support;

namespace HfReports.Tests.Building;

/// <summary>`hfreports serve` seen through a real headless Chromium: the page shows the report with links to the YAML,
/// follows a saved edit by itself, shows diagnostics (not the old report) for a broken spec, and the server answers
/// only on 127.0.0.1. Waits are bounded; no timings are asserted.</summary>
public sealed class ServeBrowserTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly TempFolder _folder = new();

    [SkippableFact]
    public async Task The_page_follows_saved_edits_and_shows_diagnostics_instead_of_a_stale_report()
    {
        Requires.Chromium();
        var project = _folder.File("project");
        Assert.Equal(0, CliRunner.Run("init", project, "--quiet").ExitCode);
        var snapshot = _folder.File("demo.db");
        DemoSnapshotGenerator.Write(snapshot, new DemoOptions(Models: 600, Seed: 3));
        var spec = Path.Combine(project, "report.yaml");

        using var stop = new CancellationTokenSource();
        var address = new TaskCompletionSource<Uri>();
        var run = new BuildCommand.BuildRun(Path.Combine(project, "reports.yaml"), [], snapshot, null, Strict: false, UseCache: true, Parallelism: 2);
        var log = new StringWriter();
        var serving = Task.Run(() => ServeCommand.Run(run, 0, new ConsoleSettings(Verbosity.Normal, false, false), stop.Token, address.SetResult, TextWriter.Synchronized(log)));
        var url = await address.Task.WaitAsync(Patience);
        Assert.Equal("127.0.0.1", url.Host);

        await using (var browser = await HeadlessBrowser.OpenAsync(url, _folder.File("profile")))
        {
            const string Caption = "document.querySelector('figure figcaption')?.textContent ?? document.body?.innerText ?? ''";
            var first = await browser.WaitForAsync(Caption, text => text.Contains("Average score by model type"), Patience);
            Assert.True(first.Contains("Average score by model type"), $"the report did not show; the page says: {first}\nserve said:\n{log}");

            // The figure links to the line of report.yaml that declares it.
            var link = await browser.EvaluateAsync("document.querySelector('figure .hf-source')?.textContent ?? ''");
            var figureLine = Array.FindIndex(File.ReadAllLines(spec), l => l.TrimStart().StartsWith("- figure:", StringComparison.Ordinal)) + 1;
            Assert.Matches(@"^report\.yaml:\d+$", link);
            Assert.InRange(int.Parse(link.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture), figureLine, figureLine + 1);
            using (var http = new HttpClient())
            {
                var source = await http.GetStringAsync(new Uri(url, await browser.EvaluateAsync("document.querySelector('figure .hf-source').getAttribute('href')")));
                Assert.Contains("id: scores-by-type", source);
                Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri(url, "/source?file=../demo.db&line=1"))).StatusCode);
            }

            File.WriteAllText(spec, File.ReadAllText(spec).Replace("Average score by model type", "Scores per type, edited"));
            var edited = await browser.WaitForAsync(Caption, text => text.Contains("Scores per type, edited"), Patience);
            Assert.True(edited.Contains("Scores per type, edited"), $"the page did not follow the edit; it says: {edited}\nserve said:\n{log}");

            File.WriteAllText(spec, File.ReadAllText(spec).Replace("type: boxplot", "type: boxplott"));
            const string Body = "document.body?.innerText ?? ''";
            // Wait for the diagnostic of this edit: a save may first be seen half-written and fail otherwise.
            var broken = await browser.WaitForAsync(Body, text => text.Contains("The build failed") && text.Contains("boxplott"), Patience);
            Assert.Contains("The build failed", broken);
            Assert.Contains("boxplott", broken);
            Assert.Contains("report.yaml:", broken);
            Assert.DoesNotContain("Scores per type, edited", broken);

            File.WriteAllText(spec, File.ReadAllText(spec).Replace("type: boxplott", "type: violin"));
            var fixedPage = await browser.WaitForAsync(Caption, text => text.Contains("Scores per type, edited"), Patience);
            Assert.Contains("Scores per type, edited", fixedPage);
        }

        stop.Cancel();
        Assert.Equal(0, await serving.WaitAsync(Patience));
    }

    public void Dispose() => _folder.Dispose();
}
