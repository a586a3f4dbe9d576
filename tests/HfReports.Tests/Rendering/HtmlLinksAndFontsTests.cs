using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using HfReports.Engine.Build;
using HfReports.Tests.Building;
using HfReports.Tests.EndToEnd;
using HfReports.Tests.Support;

namespace HfReports.Tests.Rendering;

/// <summary>
/// The HTML of the paper (demo and v1 snapshots) and of the gallery: every in-page link lands on an element, and
/// every font a figure names is embedded by an @font-face rule of the file (so figures draw in the face they were
/// measured with, whatever the reader has installed).
/// </summary>
public sealed partial class HtmlLinksAndFontsTests(DemoPaperFixture demo, RealPaperFixture real, GalleryBuilds gallery)
    : IClassFixture<DemoPaperFixture>, IClassFixture<RealPaperFixture>, IClassFixture<GalleryBuilds>
{
    [Fact]
    public void Demo_paper_links_resolve_and_figure_fonts_are_embedded() => Check(Path.Combine(demo.OutputFolder, "paper.html"));

    [SkippableFact]
    public void V1_paper_links_resolve_and_figure_fonts_are_embedded()
    {
        Requires.RealExports();
        Check(Path.Combine(real.OutputFolder, "paper.html"));
    }

    [SkippableFact]
    public void No_table_of_the_demo_paper_is_wider_than_the_page() =>
        HtmlTableOverflow.AssertNoTableScrolls(Path.Combine(demo.OutputFolder, "paper.html"), atLeast: 6);

    [SkippableFact]
    public void No_table_of_the_v1_paper_is_wider_than_the_page()
    {
        Requires.RealExports();
        HtmlTableOverflow.AssertNoTableScrolls(Path.Combine(real.OutputFolder, "paper.html"), atLeast: 3);
    }

    [Fact]
    public void Gallery_links_resolve_and_figure_fonts_are_embedded()
    {
        gallery.Build("html-checks", _ => BuildOptions.Default);
        Check(Path.Combine(gallery.OutputOf("html-checks"), "gallery.html"));
    }

    [Fact]
    public void A_link_to_a_missing_anchor_or_an_undeclared_font_is_caught()
    {
        const string page = """
            <html><head><style>@font-face { font-family: "Declared"; src: url(data:,); }</style></head>
            <body><a href="#here">ok</a><a href="#nowhere">broken</a><p id="here"></p>
            <figure><svg><text font-family="Declared">a</text><text font-family="Other">b</text></svg></figure></body></html>
            """;
        var (links, fonts) = Problems(page);
        Assert.Equal(["#nowhere"], links);
        Assert.Equal(["Other"], fonts);
    }

    private static void Check(string path)
    {
        var (links, fonts) = Problems(File.ReadAllText(path));
        Assert.True(links.Count == 0, $"links to no element in {Path.GetFileName(path)}: {string.Join(", ", links)}");
        Assert.True(fonts.Count == 0, $"figure fonts no @font-face declares in {Path.GetFileName(path)}: {string.Join(", ", fonts)}");
    }

    /// <summary>In-page links without a target, and figure font families without an @font-face.</summary>
    private static (List<string> Links, List<string> Fonts) Problems(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var links = document.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")!)
            .Where(href => !ids.Contains(Uri.UnescapeDataString(href[1..]))).Distinct().ToList();

        var css = string.Concat(document.QuerySelectorAll("style").Select(s => s.TextContent));
        var declared = FontFace().Matches(css).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var used = document.QuerySelectorAll("figure svg [font-family]").SelectMany(e => Families(e.GetAttribute("font-family")!))
            .Concat(document.QuerySelectorAll("figure svg [style*='font-family']").SelectMany(e => Families(StyleFamily().Match(e.GetAttribute("style")!).Groups[1].Value)));
        var fonts = used.Where(f => !declared.Contains(f)).Distinct().Order(StringComparer.Ordinal).ToList();
        return (links, fonts);
    }

    /// <summary>The first family of a font-family list (the one a browser uses when it is declared).</summary>
    private static IEnumerable<string> Families(string value)
    {
        var first = value.Split(',')[0].Trim().Trim('"', '\'');
        if (first.Length > 0) yield return first;
    }

    [GeneratedRegex("""@font-face\s*\{[^}]*font-family:\s*["']([^"']+)["']""")]
    private static partial Regex FontFace();

    [GeneratedRegex("font-family:\\s*([^;]+)")]
    private static partial Regex StyleFamily();
}
