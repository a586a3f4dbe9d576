using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>One line of text: words at their x offsets, drawn on a common baseline; links become PDF annotations.</summary>
internal sealed class LineBox(IReadOnlyList<PlacedWord> words, float height, float ascent, TextMeasurer measurer) : LayoutBox
{
    public IReadOnlyList<PlacedWord> Words { get; } = words;

    public override float Height => height;

    public float NaturalWidth => Words.Count == 0 ? 0 : Words[^1].X + Words[^1].Word.Width;

    public override void Draw(PageContext page, float x, float y, float width)
    {
        var baseline = y + ascent;
        foreach (var placed in Words)
        {
            measurer.Draw(page.Canvas, placed.Word.Text, x + placed.X, baseline - placed.Word.Style.Rise, placed.Word.Style);
            if (placed.Word.Link is { } link)
            {
                var rect = new SKRect(x + placed.X, y, x + placed.X + placed.Word.Width, y + height);
                if (link.StartsWith('#')) page.Canvas.DrawLinkDestinationAnnotation(rect, link[1..]);
                else page.Canvas.DrawUrlAnnotation(rect, link);
            }
        }
    }
}
