using SkiaSharp;

namespace HfReports.Engine.Rendering.Pdf;

/// <summary>What a box needs while drawing: the page canvas and the text measurer.</summary>
internal sealed record PageContext(SKCanvas Canvas, TextMeasurer Measurer);
