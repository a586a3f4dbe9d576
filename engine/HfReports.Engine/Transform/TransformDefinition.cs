using HfReports.Engine.Frames;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Transform;

/// <summary>One transform of the DSL, whole: the name a data block lists it by, the reader of its arguments, and
/// what it does to a frame (given the report's parameters, which filters and expressions may use). <paramref name="Step"/>
/// is the spec record its reader makes and its apply takes; <see cref="Of{TSpec}"/> makes the compiler check they agree.</summary>
internal sealed record TransformDefinition(
    string Name,
    Type Step,
    Func<MappingReaderFactory, TransformSpec?> Read,
    Func<Frame, TransformSpec, IReadOnlyDictionary<string, object?>, Frame> Apply)
{
    /// <summary>A definition whose reader makes <typeparamref name="TSpec"/> steps and whose apply takes them.</summary>
    public static TransformDefinition Of<TSpec>(string name, Func<MappingReaderFactory, TSpec?> read,
        Func<Frame, TSpec, IReadOnlyDictionary<string, object?>, Frame> apply) where TSpec : TransformSpec =>
        new(name, typeof(TSpec), read, (frame, step, parameters) => apply(frame, (TSpec)step, parameters));
}
