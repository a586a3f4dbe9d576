using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Applies a data block's transforms in order; each step is a pure function of a frame.</summary>
public static class TransformPipeline
{
    public static Frame Apply(Frame frame, IReadOnlyList<TransformSpec> steps)
    {
        foreach (var step in steps)
            frame = step switch
            {
                BucketSpec bucket => Bucket.Apply(frame, bucket),
                CountSpec count => Count.Apply(frame, count),
                _ => throw new TransformException($"the '{step.Name}' transform has no implementation", step),
            };
        return frame;
    }

    /// <summary>The named column, or a transform error that lists the columns the frame has.</summary>
    public static FrameColumn Column(Frame frame, string name, TransformSpec step) =>
        frame.Find(name) ?? throw new TransformException(
            $"the '{step.Name}' transform needs column '{name}', but the frame has: {string.Join(", ", frame.ColumnNames)}", step);
}
