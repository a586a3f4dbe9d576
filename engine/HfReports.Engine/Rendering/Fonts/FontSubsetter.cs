using System.Runtime.InteropServices;

namespace HfReports.Engine.Rendering.Fonts;

/// <summary>
/// Cuts a TrueType font down to the glyphs a document uses, keeping every glyph id where it was
/// (so the PDF's glyph codes stay valid). SkiaSharp's native build has no PDF font subsetter and
/// embeds whole fonts (hundreds of kilobytes each) under a subset name; HarfBuzz's subsetter,
/// which ships in the same HarfBuzzSharp native library the shaper already loads, does the job.
/// </summary>
internal static class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";

    // hb_subset_flags_t
    private const uint NoHinting = 0x1;
    private const uint RetainGlyphIds = 0x2;
    private const uint NotdefOutline = 0x40;

    /// <summary>The subset font, or null when HarfBuzz cannot subset it (the caller keeps the whole font).</summary>
    public static byte[]? Subset(byte[] font, IEnumerable<int> glyphIds) => Subset(font, glyphIds, byCharacter: false);

    /// <summary>A font with just the glyphs of the given characters (new glyph ids), e.g. to embed in a web page.</summary>
    public static byte[]? SubsetCharacters(byte[] font, IEnumerable<int> codepoints) => Subset(font, codepoints, byCharacter: true);

    private static byte[]? Subset(byte[] font, IEnumerable<int> values, bool byCharacter)
    {
        var pinned = GCHandle.Alloc(font, GCHandleType.Pinned);
        IntPtr blob = 0, face = 0, input = 0, subset = 0, subsetBlob = 0;
        try
        {
            blob = hb_blob_create(pinned.AddrOfPinnedObject(), (uint)font.Length, 0 /* duplicate */, 0, 0);
            face = hb_face_create(blob, 0);
            input = hb_subset_input_create_or_fail();
            if (input == 0) return null;
            var set = byCharacter ? hb_subset_input_unicode_set(input) : hb_subset_input_glyph_set(input);
            if (!byCharacter) hb_set_add(set, 0);
            foreach (var value in values) hb_set_add(set, (uint)value);
            hb_subset_input_set_flags(input, byCharacter ? NoHinting : NoHinting | RetainGlyphIds | NotdefOutline);
            subset = hb_subset_or_fail(face, input);
            if (subset == 0) return null;
            subsetBlob = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(subsetBlob, out var length);
            if (data == 0 || length == 0) return null;
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        finally
        {
            if (subsetBlob != 0) hb_blob_destroy(subsetBlob);
            if (subset != 0) hb_face_destroy(subset);
            if (input != 0) hb_subset_input_destroy(input);
            if (face != 0) hb_face_destroy(face);
            if (blob != 0) hb_blob_destroy(blob);
            pinned.Free();
        }
    }

    [DllImport(Library)] private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [DllImport(Library)] private static extern void hb_blob_destroy(IntPtr blob);
    [DllImport(Library)] private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [DllImport(Library)] private static extern IntPtr hb_face_create(IntPtr blob, uint index);
    [DllImport(Library)] private static extern void hb_face_destroy(IntPtr face);
    [DllImport(Library)] private static extern IntPtr hb_face_reference_blob(IntPtr face);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_create_or_fail();
    [DllImport(Library)] private static extern void hb_subset_input_destroy(IntPtr input);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_glyph_set(IntPtr input);
    [DllImport(Library)] private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);
    [DllImport(Library)] private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);
    [DllImport(Library)] private static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
    [DllImport(Library)] private static extern void hb_set_add(IntPtr set, uint codepoint);
}
