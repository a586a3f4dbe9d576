using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using HfReports.Engine.Rendering.Html;

namespace HfReports.Tests.Rendering;

/// <summary>Parses the HTML report and checks its structure, anchors and self-containment.</summary>
public sealed class HtmlOutputTests
{
    private static readonly Lazy<string> Html = new(() => HtmlRenderer.Render(SampleDocuments.Paper(tableRows: 12), SampleDocuments.Fonts));

    private static IHtmlDocument Parse() => new HtmlParser().ParseDocument(Html.Value);

    [Fact]
    public void Figures_have_an_svg_and_a_numbered_figcaption()
    {
        var figure = Assert.Single(Parse().QuerySelectorAll("figure"));
        Assert.Equal("fig-1", figure.Id);
        Assert.NotNull(figure.QuerySelector("svg"));
        Assert.StartsWith("Figure 1.", figure.QuerySelector("figcaption")!.TextContent.Trim());
    }

    [Fact]
    public void Tables_have_a_caption_and_column_headers_with_scope()
    {
        var table = Assert.Single(Parse().QuerySelectorAll("table"));
        Assert.Equal("tab-1", table.Id);
        Assert.StartsWith("Table 1.", table.QuerySelector("caption")!.TextContent.Trim());
        var headers = table.QuerySelectorAll("thead th");
        Assert.Equal(["Model", "Score"], headers.Select(h => h.TextContent));
        Assert.All(headers, h => Assert.Equal("col", h.GetAttribute("scope")));
        Assert.Equal(12, table.QuerySelectorAll("tbody tr").Length);
    }

    [Fact]
    public void Every_section_has_an_anchor_and_a_contents_entry()
    {
        var document = Parse();
        var headings = document.QuerySelectorAll("main h2, main h3");
        Assert.Equal(["sec-1", "sec-1-1", "sec-2"], headings.Select(h => h.Id ?? ""));
        var contents = document.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href") ?? "").ToArray();
        Assert.Equal(["#sec-1", "#sec-1-1", "#sec-2", "#references"], contents);
    }

    [Fact]
    public void Every_in_document_link_has_a_target_and_ids_are_unique()
    {
        var document = Parse();
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        var targets = document.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).ToArray();
        Assert.Contains("fig-1", targets);
        Assert.Contains("tab-1", targets);
        Assert.Contains("ref-1", targets);
        Assert.All(targets, target => Assert.Contains(target, ids));
    }

    [Fact]
    public void Each_figure_and_table_links_to_its_data_as_csv()
    {
        var links = Parse().QuerySelectorAll("a[download]").ToArray();
        Assert.Equal(["trend.csv", "scores.csv"], links.Select(a => a.GetAttribute("download") ?? ""));
        Assert.All(links, a => Assert.StartsWith("data:text/csv", a.GetAttribute("href")));
    }

    [Fact]
    public void The_file_is_self_contained_with_a_print_stylesheet_and_the_figure_face()
    {
        var document = Parse();
        Assert.Empty(document.QuerySelectorAll("script[src], link[href], img[src^='http'], iframe"));
        var css = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        Assert.Contains("@media print", css);
        Assert.Contains("@font-face", css);
        Assert.Contains("data:font/ttf;base64,", css);
        Assert.DoesNotContain("http://", css);
        Assert.DoesNotContain("https://", css);
    }

    [Fact]
    public void A_figure_of_megabytes_of_svg_is_written_whole()
    {
        var plot = new ScottPlot.Plot();
        var random = new Random(7);
        var xs = Enumerable.Range(0, 20_000).Select(i => (double)i).ToArray();
        plot.Add.ScatterPoints(xs, xs.Select(_ => random.NextDouble()).ToArray());
        var big = new HfReports.Engine.Charts.FigureGraphic("big", [(plot, 1.0)], 400, 240);
        var document = SampleDocuments.Paper(tableRows: 3);
        var section = document.Sections[0] with { Blocks = [new HfReports.Engine.Document.FigureBlock("big", 1, "fig-1", SampleDocuments.Text("Many points."), SampleDocuments.Drawn(big), "x\n"u8.ToArray())] };
        var html = HtmlRenderer.Render(document with { Sections = [section, .. document.Sections.Skip(1)] }, SampleDocuments.Fonts);

        Assert.True(html.Length > 1_100_000, $"only {html.Length} characters");
        Assert.EndsWith("</html>", html.TrimEnd());
        Assert.Equal(20_000, new HtmlParser().ParseDocument(html).QuerySelectorAll("figure svg circle, figure svg ellipse").Length);
    }

    [Fact]
    public void A_code_run_is_set_in_a_code_element()
    {
        // The first paragraph of the sample paper ends "Bold and code.", with "code" a code run.
        var code = Parse().QuerySelector("p code");
        Assert.Equal("code", code?.TextContent);
    }

    [Fact]
    public void Bold_figure_text_embeds_the_bold_face_as_weight_700_beside_the_regular_one()
    {
        var fonts = SampleDocuments.Fonts;
        var svg = $"<svg><text font-family=\"{FigureFont.Prefix}{fonts.Sans.FamilyName}\" font-weight=\"bold\">Ab</text></svg>";
        var rules = FigureFont.FontFaces(fonts, [svg]).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rules.Length);
        Assert.Contains("font-weight: 400;", rules[0]);
        Assert.Contains("font-weight: 700;", rules[1]);
        // Each rule embeds its own face: the OS/2 table's weight class is 400 in DejaVu Sans and 700 in DejaVu Sans Bold.
        Assert.Equal(400, WeightClass(rules[0]));
        Assert.Equal(700, WeightClass(rules[1]));
    }

    /// <summary>usWeightClass (bytes 4-5 of the OS/2 table) of the TrueType font a @font-face rule embeds, read from the
    /// table directory as the OpenType specification lays it out.</summary>
    private static int WeightClass(string rule)
    {
        var start = rule.IndexOf("base64,", StringComparison.Ordinal) + "base64,".Length;
        var font = Convert.FromBase64String(rule[start..rule.IndexOf(')', start)]);
        static int U16(byte[] b, int at) => (b[at] << 8) | b[at + 1];
        for (var table = 0; table < U16(font, 4); table++)
        {
            var entry = 12 + 16 * table;
            if (System.Text.Encoding.ASCII.GetString(font, entry, 4) != "OS/2") continue;
            var offset = (font[entry + 8] << 24) | (font[entry + 9] << 16) | (font[entry + 10] << 8) | font[entry + 11];
            return U16(font, offset + 4);
        }
        throw new InvalidOperationException("no OS/2 table");
    }

    [Fact]
    public void The_same_document_gives_the_same_html() =>
        Assert.Equal(HtmlRenderer.Render(SampleDocuments.Paper(tableRows: 3), SampleDocuments.Fonts),
                     HtmlRenderer.Render(SampleDocuments.Paper(tableRows: 3), SampleDocuments.Fonts));
}
