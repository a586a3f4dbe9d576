using HfReports.Engine.Spec;
using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>Page size and the content area inside the margins, in points.</summary>
internal sealed record PageGeometry(float Width, float Height, float Margin)
{
    public const float PointsPerMillimetre = 72f / 25.4f;

    public static PageGeometry From(ThemeSpec theme)
    {
        var margin = theme.MarginMillimetres * PointsPerMillimetre;
        return theme.PageSize switch
        {
            PageSize.A4 => new PageGeometry(595.28f, 841.89f, margin),
            PageSize.Letter => new PageGeometry(612f, 792f, margin),
        };
    }

    public SKRect Content => new(Margin, Margin, Width - Margin, Height - Margin);
    public float ContentWidth => Width - 2 * Margin;
    public float ContentHeight => Height - 2 * Margin;
}
