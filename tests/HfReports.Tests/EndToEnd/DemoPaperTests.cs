using System.Globalization;
using AngleSharp.Html.Parser;
using Dapper;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;
using UglyToad.PdfPig;

namespace HfReports.Tests.EndToEnd;

public sealed class DemoPaperTests(DemoPaperFixture paper) : IClassFixture<DemoPaperFixture>
{
    [Fact]
    public void Build_succeeds_without_errors_and_writes_pdf_and_html()
    {
        Assert.True(paper.Build.ExitCode == 0, $"exit {paper.Build.ExitCode}\n{paper.Build.Error}");
        Assert.DoesNotContain("error:", paper.Build.Error);
        Assert.True(File.Exists(paper.PdfPath));
        Assert.True(File.Exists(paper.HtmlPath));
        Assert.Empty(Directory.GetFiles(paper.OutputFolder, "*.tmp"));
    }

    [Fact]
    public void Pdf_contains_title_synthetic_notice_table_values_and_computed_numbers()
    {
        using var pdf = PdfDocument.Open(paper.PdfPath);
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));

        Assert.Contains("Open Source the Future of AI?", text);
        Assert.Contains("synthetic demo data", text);

        using var db = new SqliteConnection($"Data Source={paper.SnapshotPath};Mode=ReadOnly;Pooling=False");
        var models = db.ExecuteScalar<long>("select count(*) from models");
        Assert.Contains($"leaves {models} models", text);
        var best = db.QueryFirst<(string Name, double Average)>("select short_name, average from models order by average desc, fullname limit 1");
        Assert.Contains(best.Name, text);
        Assert.Contains(best.Average.ToString("0.00", CultureInfo.InvariantCulture), text);
    }

    [Fact]
    public void Pdf_has_page_numbers_and_embedded_fonts()
    {
        using var pdf = PdfDocument.Open(paper.PdfPath);
        var last = pdf.GetPage(pdf.NumberOfPages);
        Assert.Contains($"Page {pdf.NumberOfPages} of {pdf.NumberOfPages}", string.Join(" ", last.GetWords().Select(w => w.Text)));
        var bytes = File.ReadAllText(paper.PdfPath, System.Text.Encoding.Latin1);
        Assert.Contains("/FontFile2", bytes);
    }

    [Fact]
    public void Html_is_self_contained_with_an_inline_svg_per_figure()
    {
        var html = File.ReadAllText(paper.HtmlPath);
        var document = new HtmlParser().ParseDocument(html);
        var figures = document.QuerySelectorAll("figure");
        Assert.NotEmpty(figures);
        Assert.All(figures, f => Assert.NotNull(f.QuerySelector("svg")));
        Assert.Empty(document.QuerySelectorAll("script[src], link[rel=stylesheet], img[src^=http]"));
        Assert.Contains("synthetic demo data", document.Body!.TextContent);
    }
}
