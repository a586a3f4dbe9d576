using SkiaSharp;

namespace HfReports.Engine.Rendering.Fonts;

/// <summary>The bytes of the font file behind a typeface, for the subsetter.</summary>
internal static class FontFile
{
    /// <summary>The whole file when the typeface is its only face; null for a face of a collection or without a file.</summary>
    public static byte[]? SingleFaceBytes(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out var faceIndex);
        if (stream is null || faceIndex != 0) return null;
        var bytes = new byte[stream.Length];
        return stream.Read(bytes, bytes.Length) == bytes.Length ? bytes : null;
    }
}
