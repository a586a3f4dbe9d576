namespace HfReports.Engine.Rendering.Pdf;

/// <summary>Where a table stands inside the text width: its left edge, its width, and its columns (x relative to the table).</summary>
internal sealed record TableGeometry(float Left, float Width, IReadOnlyList<(float X, float Width)> Columns, float Padding);
