using System.Text.Json;
using HfReports.Tests.Support;

namespace HfReports.Tests.Rendering;

/// <summary>
/// Opens a built HTML page in headless Chromium and asks every table's wrapper whether it had to scroll: a table kept on
/// one line where it should have wrapped (HtmlTableWrapping) is wider than the page's text. Run on the demo and v1 papers
/// by <see cref="HtmlLinksAndFontsTests"/>, whose builds it shares; skipped without Chromium, failed under CI=true.
/// </summary>
internal static class HtmlTableOverflow
{
    private const string Probe = """
        <script>
        window.addEventListener('load', () => {
          const tables = [...document.querySelectorAll('.table-wrap')].map(w => ({ id: w.querySelector('table').id, scroll: w.scrollWidth, client: w.clientWidth }));
          const pre = document.createElement('pre');
          pre.id = 'hf-probe';
          pre.textContent = JSON.stringify(tables);
          document.body.appendChild(pre);
        });
        </script>
        """;

    public static void AssertNoTableScrolls(string html, int atLeast)
    {
        var chromium = Requires.Chromium();
        var folder = Directory.CreateTempSubdirectory("hfo-");
        try
        {
            var page = Path.Combine(folder.FullName, "paper.html");
            File.WriteAllText(page, File.ReadAllText(html).Replace("<head>", "<head>" + Probe, StringComparison.Ordinal));
            var (dom, log) = BrowserTests.Run(chromium, folder.FullName, page);
            var start = dom.IndexOf("<pre id=\"hf-probe\">", StringComparison.Ordinal);
            Assert.True(start >= 0, $"the probe did not run; chromium said:\n{log}");
            var json = System.Net.WebUtility.HtmlDecode(dom[(start + "<pre id=\"hf-probe\">".Length)..dom.IndexOf("</pre>", start, StringComparison.Ordinal)]);
            using var probe = JsonDocument.Parse(json);
            var tables = probe.RootElement.EnumerateArray().ToArray();
            Assert.True(tables.Length >= atLeast, $"only {tables.Length} tables: {json}");
            var wide = tables.Where(t => t.GetProperty("scroll").GetInt32() > t.GetProperty("client").GetInt32()).Select(t => t.ToString()).ToArray();
            Assert.True(wide.Length == 0, "tables wider than the page: " + string.Join(", ", wide));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
