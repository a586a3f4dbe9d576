namespace HfReports.Engine.Expressions;

/// <summary>An expression that does not parse or cannot be evaluated; Offset is the 0-based character it points at.</summary>
internal sealed class ExpressionException(string message, int offset, string? suggestion = null) : Exception(message)
{
    public int Offset { get; } = offset;
    public string? Suggestion { get; } = suggestion;
}
