using HfReports.Engine.Spec;

namespace HfReports.Engine.Transform;

/// <summary>A transform cannot apply to its frame (a missing column, a wrong type); carries the step's spec location.</summary>
internal sealed class TransformException(string message, TransformSpec step, string? suggestion = null) : Exception(message)
{
    public TransformSpec Step { get; } = step;

    /// <summary>A "did you mean" hint, when one fits.</summary>
    public string? Suggestion { get; } = suggestion;
}
