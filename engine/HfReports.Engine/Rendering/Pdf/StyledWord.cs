namespace HfReports.Engine.Rendering.Pdf;

/// <summary>A word (or part of one, where the style changes inside it) ready to be placed on a line.</summary>
/// <param name="SpaceBefore">Whether a breakable space precedes it.</param>
public sealed record StyledWord(string Text, TextStyle Style, string? Link, bool SpaceBefore, float Width);

/// <summary>A word placed on a line, at an x offset from the line's start.</summary>
public sealed record PlacedWord(StyledWord Word, float X);
