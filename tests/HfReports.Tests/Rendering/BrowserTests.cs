using System.Diagnostics;
using System.Text.Json;
using HfReports.Engine.Rendering.Html;
using HfReports.Tests.Support;
using Xunit.Abstractions;

namespace HfReports.Tests.Rendering;

/// <summary>
/// Opens the HTML report in headless Chromium: every figure must render with a non-zero size,
/// nothing may be fetched from the network, and the console must stay free of errors. Reported Skipped where
/// Chromium is not installed, and failed under CI=true, where .ci/run installs it.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    // Runs first in <head>: records errors (script and failed resources) and, once loaded, writes
    // what it measured into the page, which --dump-dom prints.
    private const string Probe = """
        <script>
        window.__errors = [];
        window.addEventListener('error', e => window.__errors.push(String(e.message || (e.target && (e.target.src || e.target.href)) || 'error')), true);
        const originalError = console.error;
        console.error = (...args) => { window.__errors.push(args.join(' ')); originalError(...args); };
        window.addEventListener('load', () => {
          const figures = [...document.querySelectorAll('figure')].map(f => {
            const r = f.querySelector('svg').getBoundingClientRect();
            return { id: f.id, width: r.width, height: r.height, texts: f.querySelectorAll('svg text').length };
          });
          const network = performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('data:'));
          const fontLoaded = document.fonts.check('10px "HfReports Figure Sans"');
          const pre = document.createElement('pre');
          pre.id = 'hf-probe';
          pre.textContent = JSON.stringify({ figures, network, errors: window.__errors, fontLoaded });
          document.body.appendChild(pre);
        });
        </script>
        """;

    [SkippableFact]
    public void Figures_render_with_a_size_and_the_console_shows_no_errors()
    {
        var chromium = Requires.Chromium();
        var folder = Directory.CreateTempSubdirectory("hfb-");
        try
        {
            var html = HtmlRenderer.Render(SampleDocuments.Paper(tableRows: 12), SampleDocuments.Fonts);
            var page = Path.Combine(folder.FullName, "paper.html");
            File.WriteAllText(page, html.Replace("<head>", "<head>" + Probe, StringComparison.Ordinal));

            var (dom, log) = Run(chromium, folder.FullName, page);
            var start = dom.IndexOf("<pre id=\"hf-probe\">", StringComparison.Ordinal);
            Assert.True(start >= 0, $"the probe did not run; chromium said:\n{log}");
            var json = System.Net.WebUtility.HtmlDecode(dom[(start + "<pre id=\"hf-probe\">".Length)..dom.IndexOf("</pre>", start, StringComparison.Ordinal)]);
            output.WriteLine(json);
            using var probe = JsonDocument.Parse(json);
            var figures = probe.RootElement.GetProperty("figures").EnumerateArray().ToArray();
            Assert.NotEmpty(figures);
            foreach (var figure in figures)
            {
                Assert.True(figure.GetProperty("width").GetDouble() > 0 && figure.GetProperty("height").GetDouble() > 0, $"figure {figure.GetProperty("id")} has no size");
                Assert.True(figure.GetProperty("texts").GetInt32() > 0, $"figure {figure.GetProperty("id")} has no text");
            }
            Assert.Empty(probe.RootElement.GetProperty("errors").EnumerateArray());
            Assert.Empty(probe.RootElement.GetProperty("network").EnumerateArray());
            Assert.True(probe.RootElement.GetProperty("fontLoaded").GetBoolean(), "the embedded figure face did not load");
            var consoleLines = log.Split('\n').Where(l => l.Contains("CONSOLE", StringComparison.Ordinal)).ToArray();
            Assert.True(consoleLines.Length == 0, "console output:\n" + string.Join('\n', consoleLines));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    internal static (string Dom, string Log) Run(string chromium, string folder, string page)
    {
        var start = new ProcessStartInfo(chromium)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["TMPDIR"] = folder; // its own temporary files go with the test's folder
        foreach (var argument in new[]
                 {
                     "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000",
                     $"--user-data-dir={Path.Combine(folder, "profile")}", "--dump-dom", new Uri(page).AbsoluteUri,
                 })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var dom = process.StandardOutput.ReadToEndAsync();
        var log = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish within 90 s");
        }
        return (dom.Result, log.Result);
    }
}
