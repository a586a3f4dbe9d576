namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A word (or part of one, where the style changes inside it) ready to be placed on a line.</summary>
/// <param name="SpaceBefore">Whether a space precedes it.</param>
internal sealed record StyledWord(string Text, TextStyle Style, string? Link, bool SpaceBefore, float Width)
{
    /// <summary>
    /// A line may break before this word: a space precedes it and it is not glued to the word before
    /// ("Figure 3", or a word after an opening bracket, always stand on one line).
    /// </summary>
    public bool BreakBefore => SpaceBefore && !Glued;

    /// <summary>The space before it does not break (the space inside a cross-reference such as "Figure 3").</summary>
    public bool Glued { get; init; }
}

/// <summary>A word placed on a line, at an x offset from the line's start.</summary>
internal sealed record PlacedWord(StyledWord Word, float X);
