using System.Diagnostics;
using HfReports.Engine.Build;
using HfReports.Tests.Building;
using HfReports.Tests.EndToEnd;
using HfReports.Tests.Support;
using SkiaSharp;

namespace HfReports.Tests.Rendering;

/// <summary>
/// Golden page images: the paper on the demo snapshot and the chart gallery, rendered with pdftoppm and compared
/// page by page with the reviewed images in tests/golden, so that every visual change shows up as a diff to review.
/// After an intended change, `tests/golden/regenerate.sh` writes the new references (review them with git diff).
/// </summary>
public sealed class GoldenPagesTests(DemoPaperFixture paper, GalleryBuilds gallery) : IClassFixture<DemoPaperFixture>, IClassFixture<GalleryBuilds>
{
    /// <summary>Set to 1 (by tests/golden/regenerate.sh) to write the references instead of comparing.</summary>
    public const string UpdateVariable = "HFREPORTS_UPDATE_GOLDEN";

    private const int Dpi = 40;

    /// <summary>A pixel differs when one of its channels moves by more than this (anti-aliasing noise stays below).</summary>
    private const int ChannelTolerance = 40;

    /// <summary>A page matches while at most this share of its pixels differ.</summary>
    private const double PixelTolerance = 0.002;

    [SkippableFact]
    public void The_paper_on_the_demo_snapshot_looks_as_reviewed()
    {
        Assert.Equal(0, paper.Build.ExitCode);
        Compare(paper.PdfPath, "paper-demo");
    }

    [SkippableFact]
    public void The_chart_gallery_looks_as_reviewed()
    {
        var pdftoppm = Requires.Pdftoppm();
        gallery.Build("golden", _ => BuildOptions.Default);
        Compare(Path.Combine(gallery.OutputOf("golden"), "gallery.pdf"), "gallery", pdftoppm);
    }

    private static void Compare(string pdf, string name, string? pdftoppm = null)
    {
        pdftoppm ??= Requires.Pdftoppm();
        var references = RepositoryFiles.PathOf(Path.Combine("tests", "golden", name));
        using var rendered = new TempFolder();
        var pages = Render(pdftoppm, pdf, rendered.Path);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(references);
            foreach (var old in Directory.EnumerateFiles(references, "*.png")) File.Delete(old);
            for (var i = 0; i < pages.Count; i++) File.Copy(pages[i], Path.Combine(references, $"page-{i + 1:00}.png"));
            return;
        }

        var expected = Directory.Exists(references) ? Directory.EnumerateFiles(references, "*.png").Order(StringComparer.Ordinal).ToArray() : [];
        var problems = new List<string>();
        if (expected.Length != pages.Count)
            problems.Add($"{pages.Count} pages, the reference has {expected.Length}");
        for (var i = 0; i < Math.Min(expected.Length, pages.Count); i++)
            if (Difference(expected[i], pages[i]) is { } difference) problems.Add($"page {i + 1}: {difference}");
        if (problems.Count == 0) return;

        // Keep what was rendered next to the references (git-ignored) so the change can be looked at.
        var actual = RepositoryFiles.PathOf(Path.Combine("tests", "golden", "actual", name));
        if (Directory.Exists(actual)) Directory.Delete(actual, recursive: true);
        Directory.CreateDirectory(actual);
        for (var i = 0; i < pages.Count; i++) File.Copy(pages[i], Path.Combine(actual, $"page-{i + 1:00}.png"));
        Assert.Fail($"{name} no longer looks as reviewed: {string.Join("; ", problems)}. The new pages are in {actual}; " +
                    "if the change is intended, run tests/golden/regenerate.sh and review the images with git diff.");
    }

    private static List<string> Render(string pdftoppm, string pdf, string folder)
    {
        var start = new ProcessStartInfo(pdftoppm) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-r", Dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", pdf, Path.Combine(folder, "page") })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pdftoppm failed on {pdf}: {error}");
        // pdftoppm pads page numbers to the width of the page count, so the names sort in page order.
        return Directory.EnumerateFiles(folder, "page-*.png").Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Null when the two images match within the tolerance, else what differs.</summary>
    private static string? Difference(string expectedPath, string actualPath)
    {
        using var expected = SKBitmap.Decode(expectedPath);
        using var actual = SKBitmap.Decode(actualPath);
        if (expected.Width != actual.Width || expected.Height != actual.Height)
            return $"{actual.Width}x{actual.Height} pixels, the reference is {expected.Width}x{expected.Height}";
        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
            for (var x = 0; x < expected.Width; x++)
            {
                var a = expected.GetPixel(x, y);
                var b = actual.GetPixel(x, y);
                if (Math.Abs(a.Red - b.Red) > ChannelTolerance || Math.Abs(a.Green - b.Green) > ChannelTolerance || Math.Abs(a.Blue - b.Blue) > ChannelTolerance)
                    differing++;
            }
        var share = (double)differing / (expected.Width * expected.Height);
        return share <= PixelTolerance ? null : $"{share:P2} of the pixels differ (at most {PixelTolerance:P1} may)";
    }
}
