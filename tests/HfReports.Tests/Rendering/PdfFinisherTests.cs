using HfReports.Engine.Rendering.Pdf.Output;

namespace HfReports.Tests.Rendering;

public sealed class PdfFinisherTests
{
    [Fact]
    public void Glyphs_of_a_width_array_are_read_in_both_forms() =>
        Assert.Equal([0, 11, 12, 16, 17, 19, 20, 21],
            PdfFinisher.WidthGlyphs("<</Type /Font /W [0 [600.1] 11 12 473.1 16 [415.0 348.1] 19 21 695.8] /CIDToGIDMap /Identity>>"));

    [Fact]
    public void Glyphs_of_a_to_unicode_cmap_are_read_from_chars_and_ranges()
    {
        const string cmap = "2 beginbfchar\n<0003> <0020>\n<0024> <0041>\nendbfchar\n1 beginbfrange\n<0044> <0046> <0061>\nendbfrange\n";
        Assert.Equal([3, 0x24, 0x44, 0x45, 0x46], PdfFinisher.CMapGlyphs(cmap));
    }
}
