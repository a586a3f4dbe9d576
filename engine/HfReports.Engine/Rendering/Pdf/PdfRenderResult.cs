namespace HfReports.Engine.Rendering.Pdf;

/// <summary>What rendering a PDF found worth telling: its page count and warnings (characters no font can draw).</summary>
internal sealed record PdfRenderResult(int PageCount, IReadOnlyList<string> Warnings);
