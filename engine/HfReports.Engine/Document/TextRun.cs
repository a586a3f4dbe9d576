namespace HfReports.Engine.Document;

[Flags]
internal enum RunStyle
{
    Plain = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
    Superscript = 8,
}

/// <summary>A stretch of text with one style; <paramref name="Link"/> is a URL or an in-document anchor ("#fig-3").</summary>
internal sealed record TextRun(string Text, RunStyle Style = RunStyle.Plain, string? Link = null);
