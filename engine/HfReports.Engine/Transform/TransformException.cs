using HfReports.Engine.Spec;

namespace HfReports.Engine.Transform;

/// <summary>A transform cannot apply to its frame (a missing column, a wrong type); carries the step's spec location.</summary>
public sealed class TransformException(string message, TransformSpec step) : Exception(message)
{
    public TransformSpec Step { get; } = step;
}
