using System.Diagnostics;
using HfReports.Engine.Rendering.Pdf;
using HfReports.Tests.Support;
using SkiaSharp;
using SkiaSharp.HarfBuzz;
using UglyToad.PdfPig;

namespace HfReports.Tests.Rendering;

/// <summary>The PDF's text is drawn in fonts cut down to the glyphs the layout measured (SkiaSharp embeds and deflates
/// the font of every run whole): it must look exactly as with the whole font, and fall back to the whole font for a
/// run holding a glyph that was not measured.</summary>
public sealed class MeasuredGlyphFontsTests
{
    private const string Measured = "Quarterly officials' efficacy: 0123456789 (fi ffl) — “quotes”, café.";
    private static readonly TextStyle Style = new(SampleDocuments.Fonts.Serif, 11, SKColors.Black);

    [SkippableFact]
    public void Measured_text_in_the_cut_down_font_renders_as_skiasharps_own_drawing_in_the_whole_font()
    {
        var pdftoppm = Requires.Pdftoppm();
        using var folder = new TempFolder();
        var cut = folder.WriteBytes("cut.pdf", OnePage(canvas =>
        {
            using var measurer = new TextMeasurer();
            measurer.Width(Measured, Style);
            measurer.DrawWithMeasuredGlyphs();
            measurer.Draw(canvas, Measured, 10, 30, Style);
        }));
        var whole = folder.WriteBytes("whole.pdf", OnePage(canvas =>
        {
            // The oracle: SkiaSharp.HarfBuzz's DrawShapedText with the whole typeface, as the PDF was drawn before.
            using var shaper = new SKShaper(Style.Typeface);
            using var font = Style.CreateFont();
            using var paint = new SKPaint { Color = Style.Color, IsAntialias = true };
            canvas.DrawShapedText(shaper, Measured, 10, 30, SKTextAlign.Left, font, paint);
        }));
        Assert.True(new FileInfo(cut).Length * 4 < new FileInfo(whole).Length, "the cut-down font was not used");

        using var cutPixels = Render(pdftoppm, cut, folder.File("cut"));
        using var wholePixels = Render(pdftoppm, whole, folder.File("whole"));
        Assert.Contains(cutPixels.Pixels, p => p.Red < 128);
        Assert.Equal(wholePixels.Pixels, cutPixels.Pixels);
    }

    [Fact]
    public void The_pdf_embeds_a_cut_down_font_for_measured_text_and_the_whole_font_for_a_glyph_never_measured()
    {
        var measuredOnly = Pdf(measure: true, "Quarterly", "tenacity");
        var unmeasured = Pdf(measure: true, "Quarterly", "Zebra");
        var wholeFont = Pdf(measure: false, "Quarterly", "tenacity");

        // DejaVu Serif is 380 KB (about 200 KB deflated); the glyphs of two words take a few kilobytes.
        Assert.True(measuredOnly.Length * 4 < wholeFont.Length, $"{measuredOnly.Length} bytes with the cut-down font, {wholeFont.Length} with the whole one");
        Assert.True(unmeasured.Length > wholeFont.Length, $"'Zebra' (Z, b never measured) must bring in the whole font: {unmeasured.Length} bytes");
        foreach (var (pdf, words) in new[] { (measuredOnly, "Quarterly tenacity"), (unmeasured, "Quarterly Zebra"), (wholeFont, "Quarterly tenacity") })
        {
            using var document = PdfDocument.Open(pdf);
            Assert.Equal(words, string.Join(' ', document.GetPage(1).GetWords().Select(w => w.Text)));
        }
    }

    [Fact]
    public void Text_measured_after_the_fonts_were_cut_is_drawn_in_the_whole_font()
    {
        using var measurer = new TextMeasurer();
        measurer.Width("Quarterly", Style);
        measurer.DrawWithMeasuredGlyphs();
        measurer.Width("Zebra", Style); // too late: the subset has no Z and no b

        var withZebra = OnePage(canvas =>
        {
            measurer.Draw(canvas, "Quarterly", 10, 20, Style);
            measurer.Draw(canvas, "Zebra", 10, 40, Style);
        });
        var wholeFont = Pdf(measure: false, "Quarterly", "Zebra");
        Assert.True(withZebra.Length > wholeFont.Length, $"'Zebra' was drawn from the cut-down font: {withZebra.Length} bytes, {wholeFont.Length} with the whole font only");
    }

    [Fact]
    public void A_subset_is_used_only_when_it_has_the_style_and_the_outlines_of_the_typeface()
    {
        var fonts = SampleDocuments.Fonts;
        int[] glyphs = [36, 68, 69]; // A, a, b in the DejaVu faces
        Assert.True(MeasuredSubset.DrawsAlike(fonts.Serif, fonts.Serif, glyphs));
        Assert.False(MeasuredSubset.DrawsAlike(fonts.Serif, fonts.Sans, glyphs)); // same style, other outlines
        Assert.False(MeasuredSubset.DrawsAlike(fonts.Serif, fonts.SerifBold, glyphs));
        Assert.False(MeasuredSubset.DrawsAlike(fonts.Serif, fonts.Sans, [0, 68])); // glyph 0 alone would not tell them apart
    }

    /// <summary>A one-page PDF (before the finishing pass) drawing each text on a line of its own; "Quarterly" and
    /// "tenacity" are what is measured when <paramref name="measure"/> is set.</summary>
    private static byte[] Pdf(bool measure, params string[] lines)
    {
        using var measurer = new TextMeasurer();
        if (measure)
        {
            measurer.Width("Quarterly", Style);
            measurer.Width("tenacity", Style);
            measurer.DrawWithMeasuredGlyphs();
        }
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            var canvas = document.BeginPage(200, 100);
            for (var i = 0; i < lines.Length; i++) measurer.Draw(canvas, lines[i], 10, 20 + 20 * i, Style);
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }

    private static byte[] OnePage(Action<SKCanvas> draw)
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output))
        {
            draw(document.BeginPage(420, 50));
            document.EndPage();
            document.Close();
        }
        return output.ToArray();
    }

    private static SKBitmap Render(string pdftoppm, string pdf, string prefix)
    {
        var start = new ProcessStartInfo(pdftoppm) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-r", "200", "-png", "-singlefile", pdf, prefix }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pdftoppm failed on {pdf}: {error}");
        return SKBitmap.Decode(prefix + ".png");
    }
}
