using HfReports.Engine.Document;
using HfReports.Engine.Theme;
using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>The typographic scale of the paper, derived from the theme's body size.</summary>
internal sealed class PdfStyles(FontRegistry fonts)
{
    private readonly float _size = fonts.Theme.BodySize;
    private static readonly SKColor Ink = new(0x1A, 0x1A, 0x1A);
    public static readonly SKColor LinkInk = new(0x1F, 0x4E, 0x8C);

    public FontRegistry Fonts => fonts;

    public TextStyle Body(RunStyle style) => Run(style, _size);
    public TextStyle Small(RunStyle style) => Run(style, _size * 0.88f);

    /// <summary>Text at a fraction of the body size (table cells that shrink a step to keep their words whole).</summary>
    public TextStyle Sized(RunStyle style, float fraction) => Run(style, _size * fraction);
    public TextStyle Title => new(fonts.SerifBold, _size * 1.8f, Ink);
    public TextStyle Subtitle => new(fonts.Serif, _size * 1.2f, Ink);
    public TextStyle Heading(int level) => new(fonts.SerifBold, level == 1 ? _size * 1.25f : _size * 1.08f, Ink);
    public TextStyle Margin => new(fonts.Serif, _size * 0.8f, new SKColor(0x55, 0x55, 0x55));

    /// <summary>Links are coloured in the text they belong to.</summary>
    public TextStyle Run(RunStyle style, float size)
    {
        var typeface = style.HasFlag(RunStyle.Code) ? fonts.Mono
            : fonts.Body(style.HasFlag(RunStyle.Bold), style.HasFlag(RunStyle.Italic));
        if (style.HasFlag(RunStyle.Superscript)) return new TextStyle(typeface, size * 0.65f, Ink, Rise: size * 0.38f);
        return new TextStyle(typeface, style.HasFlag(RunStyle.Code) ? size * 0.9f : size, Ink);
    }

    public float ParagraphGap => _size * 0.6f;
    public float BlockGap => _size * 1.1f;
}
