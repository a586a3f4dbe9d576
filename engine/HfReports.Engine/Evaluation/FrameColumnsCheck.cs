using System.Reflection;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Evaluation;

/// <summary>Finds chart encodings and table columns that name a column their frame lacks, without drawing anything.</summary>
internal static class FrameColumnsCheck
{
    // Every encoding ChartSpec exposes, found by type, so encodings added to charts later are checked too.
    private static readonly PropertyInfo[] Encodings = typeof(ChartSpec).GetProperties()
        .Where(p => p.PropertyType == typeof(EncodingSpec) || typeof(IEnumerable<EncodingSpec>).IsAssignableFrom(p.PropertyType))
        .ToArray();

    /// <param name="panelFrames">The frame each panel draws, in panel order.</param>
    public static void Figure(FigureSpec figure, IReadOnlyList<Frame> panelFrames, DiagnosticBag diagnostics)
    {
        foreach (var (panel, frame) in figure.Panels.Zip(panelFrames))
            // An encoding may carry only a title (a histogram's y); it names no field to check.
            foreach (var encoding in EncodingsOf(panel).Where(e => e.Field.Length > 0))
                if (!frame.Has(encoding.Field))
                    diagnostics.Error($"figure '{figure.Id}': chart field '{encoding.Field}' is not in the frame; it has: {string.Join(", ", frame.ColumnNames)}",
                        encoding.Location, encoding.KeyPath, Suggestions.DidYouMean(encoding.Field, frame.ColumnNames));
    }

    public static void Table(TableSpec table, Frame frame, DiagnosticBag diagnostics)
    {
        foreach (var column in table.Columns)
            if (!frame.Has(column.Field))
                diagnostics.Error($"table '{table.Id}': table column '{column.Field}' is not in the frame; it has: {string.Join(", ", frame.ColumnNames)}",
                    column.Location, column.KeyPath, Suggestions.DidYouMean(column.Field, frame.ColumnNames));
    }

    private static IEnumerable<EncodingSpec> EncodingsOf(ChartSpec chart) => Encodings.SelectMany(p => p.GetValue(chart) switch
    {
        EncodingSpec single => [single],
        IEnumerable<EncodingSpec> many => many,
        _ => Enumerable.Empty<EncodingSpec>(),
    });
}
