namespace HfReports.Engine.Rendering.Pdf;

/// <summary>An element can never fit on a page; names the spec element that produced it.</summary>
public sealed class LayoutException(string message) : Exception(message);
