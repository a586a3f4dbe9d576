using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Keeps only the listed columns, in the listed order.</summary>
internal static class Select
{
    public static Frame Apply(Frame frame, SelectSpec spec) =>
        TransformPipeline.NewFrame(spec.Columns.Select(name => TransformPipeline.Column(frame, name, spec)).ToArray(), spec);
}
