using HfReports.Engine.Spec;

namespace HfReports.Tests.Spec;

/// <summary>Text from specs and snapshots shown on a terminal: control characters and the bidirectional overrides
/// (U+202A-U+202E, U+2066-U+2069) become \u escapes; tab, newline and every other character stay.</summary>
public sealed class PrintableTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("tab\tand\nnewline", "tab\tand\nnewline")]
    [InlineData("bogus\u001b[2J\rkey", "bogus\\u001b[2J\\u000dkey")]
    [InlineData("\0", "\\u0000")]
    [InlineData("c1\u0085", "c1\\u0085")]
    [InlineData("a\u202ab\u202ec", "a\\u202ab\\u202ec")]
    [InlineData("\u2066x\u2069", "\\u2066x\\u2069")]
    [InlineData("\u2029\u202f\u2065\u206a", "\u2029\u202f\u2065\u206a")]
    public void Control_characters_and_direction_overrides_are_escaped(string text, string printed) =>
        Assert.Equal(printed, Printable.Escape(text));
}
