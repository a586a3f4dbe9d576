using HfReports.Engine.Build;
using HfReports.Tests.Rendering;

namespace HfReports.Tests.Charts;

/// <summary>
/// The PDF draws a figure while the HTML makes its SVG on another thread. A ScottPlot plot keeps what it last
/// rendered, so both at once must give what each gives alone: the oracle is a twin figure drawn on one thread.
/// </summary>
public sealed class FigureDrawnTwiceAtOnceTests
{
    [Fact]
    public void Drawing_and_svg_of_one_figure_at_once_give_the_bytes_each_gives_alone()
    {
        using var twin = SampleDocuments.Graphic("race");
        var svg = twin.ToSvg();
        var png = twin.ToPng(72);
        using var graphic = SampleDocuments.Graphic("race");

        var results = new (string? Svg, byte[]? Png)[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 },
            i => results[i] = i % 2 == 0 ? (graphic.ToSvg(), null) : (null, graphic.ToPng(72)));

        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Equal(svg, r.Svg));
        Assert.All(results.Where((_, i) => i % 2 == 1), r => Assert.Equal(png, r.Png));
    }

    [Fact]
    public void A_figure_makes_its_svg_once_when_first_asked_for()
    {
        using var graphic = SampleDocuments.Graphic("lazy");
        var made = 0;
        var figure = FigureRenderer.ForDocument(graphic, new Lazy<string>(() =>
        {
            Interlocked.Increment(ref made);
            return graphic.ToSvg();
        }));
        Assert.Equal(0, made);

        var texts = new string?[16];
        Parallel.For(0, texts.Length, i => texts[i] = figure.Svg);

        Assert.Equal(1, made);
        Assert.All(texts, t => Assert.StartsWith("<svg", t));
    }

    [Fact]
    public void Drawing_a_figure_for_the_pdf_makes_its_svg_first_as_builds_always_have()
    {
        // ScottPlot lays a plot out from its previous rendering; a figure drawn SVG first and PDF second in every build
        // keeps the PDF's bytes whether the HTML got to the figure before the PDF did or not.
        using var graphic = SampleDocuments.Graphic("order");
        var events = new List<string>();
        var figure = FigureRenderer.ForDocument(graphic, new Lazy<string>(() =>
        {
            events.Add("svg");
            return graphic.ToSvg();
        }));
        using var recorder = new SkiaSharp.SKPictureRecorder();
        var canvas = recorder.BeginRecording(new SkiaSharp.SKRect(0, 0, 400, 240));

        Assert.NotEmpty(figure.PlotAreas());
        events.Add("areas");
        figure.Draw(canvas, 400);
        events.Add("drawn");
        figure.Draw(canvas, 400);
        _ = figure.Svg;

        Assert.Equal(["svg", "areas", "drawn"], events);
    }
}
