namespace HfReports.Engine.Rendering.Pdf;

/// <summary>An element can never fit on a page; names the spec element that produced it.</summary>
internal sealed class LayoutException(string message) : Exception(message);
