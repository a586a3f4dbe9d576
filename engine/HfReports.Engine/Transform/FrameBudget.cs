using HfReports.Engine.Spec;

namespace HfReports.Engine.Transform;

/// <summary>
/// The most a transform may make (<see cref="SpecLimits.MaxFrameCells"/> cells, <see cref="SpecLimits.MaxFrameColumns"/>
/// columns). Transforms that multiply rows or columns (complete, pivot) check before they build anything; the
/// pipeline checks every result, so a new transform is bounded too.
/// </summary>
internal static class FrameBudget
{
    public static void Check(double rows, double columns, TransformSpec step)
    {
        if (columns > SpecLimits.MaxFrameColumns)
            throw new TransformException($"the '{step.Name}' transform would make {columns:N0} columns, more than the {SpecLimits.MaxFrameColumns:N0} a frame may have; "
                + "filter or lump the values first", step);
        if (rows * columns > SpecLimits.MaxFrameCells)
            throw new TransformException($"the '{step.Name}' transform would make {rows:N0} rows of {columns:N0} columns, more than the "
                + $"{SpecLimits.MaxFrameCells:N0} cells a frame may have; filter, bucket or lump first", step);
    }
}
