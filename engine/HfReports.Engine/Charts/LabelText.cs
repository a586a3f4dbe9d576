using SkiaSharp;

namespace HfReports.Engine.Charts;

/// <summary>Text as charts show it: long labels shortened with an ellipsis, and measured in the chart font.</summary>
internal static class LabelText
{
    public const int DefaultMaxLength = 28;

    public static string Truncate(string text, int? maxLength = null)
    {
        var max = maxLength ?? DefaultMaxLength;
        text = text.Replace('\n', ' ');
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");
    }

    public static float Width(SKTypeface typeface, float size, string text)
    {
        using var font = new SKFont(typeface, size);
        return font.MeasureText(text);
    }
}
