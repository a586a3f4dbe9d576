using HfReports.Engine.Spec;

namespace HfReports.Engine.Charts;

/// <summary>A chart cannot be drawn from its frame (a missing field, a wrong type); carries the chart's spec location.</summary>
internal sealed class ChartException(string message, SourceLocation location, string keyPath) : Exception(message)
{
    public SourceLocation Location { get; } = location;
    public string KeyPath { get; } = keyPath;
}
