using HfReports.Engine.Frames;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Transform;

/// <summary>Applies a data block's transforms in order; each step is a pure function of a frame.</summary>
internal static class TransformPipeline
{
    /// <param name="parameters">The report's parameters, for the filters and expressions that use them.</param>
    /// <param name="cancellation">Checked before each step (a cancelled build stops between transforms).</param>
    public static Frame Apply(Frame frame, IReadOnlyList<TransformSpec> steps, IReadOnlyDictionary<string, object?>? parameters = null,
        CancellationToken cancellation = default)
    {
        parameters ??= new Dictionary<string, object?>();
        foreach (var step in steps)
        {
            cancellation.ThrowIfCancellationRequested();
            frame = TransformCatalog.Apply(frame, step, parameters);
            FrameBudget.Check(frame.RowCount, frame.Columns.Count, step);
        }
        return frame;
    }

    /// <summary>The named column, or a transform error that lists the columns the frame has.</summary>
    public static FrameColumn Column(Frame frame, string name, TransformSpec step) =>
        frame.Find(name) ?? throw new TransformException(
            $"the '{step.Name}' transform needs column '{name}', but the frame has: {string.Join(", ", frame.ColumnNames)}", step,
            Suggestions.DidYouMean(name, frame.ColumnNames));

    public static void RequireType(FrameColumn column, TransformSpec step, params ColumnType[] allowed)
    {
        if (!allowed.Contains(column.Type))
            throw new TransformException(
                $"the '{step.Name}' transform needs {string.Join(" or ", allowed.Select(TypeName))} values in '{column.Name}', but it holds {TypeName(column.Type)} values", step);
    }

    public static string TypeName(ColumnType type) => type.ToString().ToLowerInvariant();

    /// <summary>A new frame; a result column that clashes with a key column is a spec error, not a crash.</summary>
    public static Frame NewFrame(IReadOnlyList<FrameColumn> columns, TransformSpec step)
    {
        var clash = columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new TransformException($"the '{step.Name}' transform would make two columns named '{clash.Key}'; choose another 'as'", step);
        return new Frame(columns);
    }
}
