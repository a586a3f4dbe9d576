using System.Diagnostics;
using HfReports.Engine.Charts;
using HfReports.Engine.Rendering.Pdf.Output;
using SkiaSharp;
using Xunit.Abstractions;
using static HfReports.Tests.Charts.ChartFixture;

namespace HfReports.Tests.Charts;

/// <summary>
/// Scatter circles in the PDF are zero-length round-capped strokes: thousands of them stay small, and a PDF
/// reader (poppler's pdftoppm) still paints each one as a filled circle, not a square or nothing.
/// </summary>
public sealed class ScatterPdfTests(ITestOutputHelper output)
{
    private const string Pdftoppm = "/usr/bin/pdftoppm";

    [Fact]
    public void Seven_thousand_circles_take_less_than_150_KB_of_PDF()
    {
        var random = new Random(7);
        var xs = Enumerable.Range(0, 7000).Select(_ => (double?)random.NextDouble() * 100).ToArray();
        var ys = Enumerable.Range(0, 7000).Select(_ => (double?)random.NextDouble() * 100).ToArray();
        var groups = Enumerable.Range(0, 7000).Select(i => (string?)$"type {i % 6}").ToArray();
        using var graphic = Build(Frame(Real("x", xs), Real("y", ys), Text("t", groups)),
            "{ type: scatter, x: x, y: y, color: t, opacity: 0.65, point_size: 2 }");

        var pdf = Pdf(graphic);

        // Four Béziers and a fill per circle took ~300 bytes a point (2 MB for the paper's figure); "x y m h S" takes ~5 compressed.
        Assert.True(pdf.Length < 150_000, $"the PDF of 7,000 circles is {pdf.Length:N0} bytes");
    }

    [Fact]
    public void Poppler_paints_a_scatter_point_as_a_filled_circle()
    {
        if (!File.Exists(Pdftoppm))
        {
            Assert.False(Environment.GetEnvironmentVariable("CI") == "true", $"{Pdftoppm} is missing in CI (apt-get install poppler-utils)");
            output.WriteLine($"SKIPPED: {Pdftoppm} is not installed (apt-get install poppler-utils); CI installs it.");
            return;
        }
        using var graphic = Build(Frame(Real("x", 0, 10), Real("y", 0, 10)),
            "{ type: scatter, x: { field: x, min: -10, max: 20 }, y: { field: y, min: -10, max: 20 }, fill: red, opacity: 1, point_size: 40, legend: none }");
        var folder = Directory.CreateTempSubdirectory("hfreports-scatter-");
        try
        {
            var pdf = Path.Combine(folder.FullName, "scatter.pdf");
            File.WriteAllBytes(pdf, Pdf(graphic));
            var start = new ProcessStartInfo(Pdftoppm, ["-r", "144", "-png", "-singlefile", pdf, Path.Combine(folder.FullName, "page")])
            { RedirectStandardError = true };
            using (var process = Process.Start(start)!)
            {
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, $"pdftoppm exited {process.ExitCode}: {error}");
            }
            using var bitmap = SKBitmap.Decode(Path.Combine(folder.FullName, "page.png"));

            // The red pixels form two discs: each fills π/4 of its bounding square (a square mark would fill all of it).
            var red = new List<(int X, int Y)>();
            for (var y = 0; y < bitmap.Height; y++)
                for (var x = 0; x < bitmap.Width; x++)
                {
                    var c = bitmap.GetPixel(x, y);
                    if (c.Red > 200 && c.Green < 80 && c.Blue < 80) red.Add((x, y));
                }
            var middle = red.Count == 0 ? 0 : red.Average(p => p.X);
            var discs = red.GroupBy(p => p.X < middle).ToArray();
            Assert.Equal(2, discs.Length);
            foreach (var disc in discs)
            {
                var width = disc.Max(p => p.X) - disc.Min(p => p.X) + 1;
                var height = disc.Max(p => p.Y) - disc.Min(p => p.Y) + 1;
                var fill = disc.Count() / (double)(width * height);
                output.WriteLine($"disc {width}x{height} px, fills {fill:P1} of its box");
                Assert.InRange(width, 70, 90); // 40 pt at 144 dpi = 80 px
                Assert.InRange(height, 70, 90);
                Assert.InRange(fill, 0.74, 0.83);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Pdf(FigureGraphic graphic)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            var canvas = document.BeginPage(graphic.Width, graphic.Height);
            graphic.Draw(canvas, graphic.Width, graphic.Height);
            document.EndPage();
            document.Close();
        }
        // As the report's PDF is written: the fonts subset by the finishing pass.
        return PdfFinisher.Finish(stream.ToArray(), []);
    }
}
