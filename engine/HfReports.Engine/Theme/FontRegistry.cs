using HfReports.Engine.Spec;
using SkiaSharp;

namespace HfReports.Engine.Theme;

/// <summary>
/// The typefaces of a report, resolved once from the theme and shared by the charts and the
/// PDF layout so that figures and body text use the same faces. A family the system cannot
/// provide is an error naming it, never a silent fallback to a blank page.
/// </summary>
internal sealed class FontRegistry
{
    public ThemeSpec Theme { get; }
    public SKTypeface Serif { get; }
    public SKTypeface SerifBold { get; }
    public SKTypeface SerifItalic { get; }
    public SKTypeface SerifBoldItalic { get; }
    public SKTypeface Sans { get; }
    public SKTypeface SansBold { get; }
    public SKTypeface Mono { get; }

    public FontRegistry(ThemeSpec theme)
    {
        Theme = theme;
        Serif = Resolve(theme.SerifFamily, SKFontStyle.Normal);
        SerifBold = Resolve(theme.SerifFamily, SKFontStyle.Bold);
        SerifItalic = Resolve(theme.SerifFamily, SKFontStyle.Italic);
        SerifBoldItalic = Resolve(theme.SerifFamily, SKFontStyle.BoldItalic);
        Sans = Resolve(theme.SansFamily, SKFontStyle.Normal);
        SansBold = Resolve(theme.SansFamily, SKFontStyle.Bold);
        Mono = Resolve(theme.MonoFamily, SKFontStyle.Normal);
    }

    public SKTypeface Body(bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => SerifBoldItalic,
        (true, false) => SerifBold,
        (false, true) => SerifItalic,
        _ => Serif,
    };

    private static SKTypeface Resolve(string family, SKFontStyle style)
    {
        var typeface = SKFontManager.Default.MatchFamily(family, style);
        if (typeface is null || !string.Equals(typeface.FamilyName, family, StringComparison.OrdinalIgnoreCase))
            throw new FontException(family);
        return typeface;
    }
}

/// <summary>A font family the theme asks for is not installed.</summary>
public sealed class FontException(string family)
    : Exception($"font family '{family}' is not installed; install it (e.g. Debian package fonts-dejavu-core) or name an installed family in the manifest's theme")
{
    public string Family { get; } = family;
}
