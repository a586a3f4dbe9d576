using HfReports.Engine.Evaluation;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Build;

/// <summary>
/// Before a report's document is assembled, computes every figure's and table's frame and draws every figure,
/// several at once. The document is then assembled in spec order from the prepared parts, so its bytes and
/// its diagnostics are those of a serial build. Blocks whose required tables are empty become notices: nothing of
/// them is computed, and they are left out of the cache accounting.
/// </summary>
public static class BlockPreparer
{
    public static void Prepare(ReportSpec report, FrameEvaluator evaluator, FigureRenderer figures, SnapshotTables tables)
    {
        var blocks = Built(report, tables).ToArray();
        var figureOf = new Dictionary<DataSpec, List<FigureSpec>>(ReferenceEqualityComparer.Instance);
        // Figures whose panels all draw the figure's frame are drawn as soon as it is ready; the others
        // (panels with their own data) are drawn when the document reaches them.
        foreach (var figure in blocks.OfType<FigureSpec>().Where(f => f.Panels.All(p => p.Data is null)))
        {
            if (!figureOf.TryGetValue(figure.Data, out var list)) figureOf[figure.Data] = list = [];
            list.Add(figure);
        }
        evaluator.Prepare(blocks.SelectMany(DataOf), (data, outcome, _) =>
        {
            if (outcome.Frame is null || !figureOf.TryGetValue(data, out var drawnFrom)) return;
            foreach (var figure in drawnFrom) figures.Prepare(figure, figure.Panels.Select(_ => outcome.Frame).ToArray());
        });
    }

    /// <summary>Figures and tables in the order they appear in the report.</summary>
    public static IEnumerable<BlockSpec> Blocks(ReportSpec report) => report.Sections.SelectMany(Blocks);

    /// <summary>The figures and tables this snapshot has the data for (the others are notices).</summary>
    private static IEnumerable<BlockSpec> Built(ReportSpec report, SnapshotTables tables) =>
        Blocks(report).Where(block => tables.Satisfies(block switch
        {
            FigureSpec figure => figure.Requires,
            TableSpec table => table.Requires,
            _ => null,
        }));

    private static IEnumerable<BlockSpec> Blocks(SectionSpec section) =>
        section.Blocks.Where(b => b is FigureSpec or TableSpec).Concat(section.Sections.SelectMany(Blocks));

    private static IEnumerable<DataSpec> DataOf(BlockSpec block) => block switch
    {
        FigureSpec figure => figure.Panels.Select(p => p.Data).OfType<DataSpec>().Prepend(figure.Data),
        TableSpec table => [table.Data],
        _ => [],
    };

    /// <summary>Which of the report's frames, figures and tables came from the cache, in report order.</summary>
    public static IEnumerable<BlockStatus> Statuses(ReportSpec report, FrameEvaluator evaluator, FigureRenderer figures, SnapshotTables tables)
    {
        foreach (var (name, data) in report.Frames)
            yield return new BlockStatus(report.Id, "frame", name, evaluator.WasReused(data), evaluator.ComputeTime(data));
        foreach (var block in Built(report, tables))
            yield return block switch
            {
                FigureSpec figure => new BlockStatus(report.Id, "figure", figure.Id, evaluator.WasReused(figure.Data) && figures.WasReused(figure),
                    ComputeTime(figure, evaluator) + figures.DrawTime(figure)),
                TableSpec table => new BlockStatus(report.Id, "table", table.Id, evaluator.WasReused(table.Data), ComputeTime(table, evaluator)),
                _ => throw new InvalidOperationException(),
            };
    }

    /// <summary>Time spent on the block's own frames (its data and its panels'), each counted once.</summary>
    private static TimeSpan ComputeTime(BlockSpec block, FrameEvaluator evaluator) =>
        DataOf(block).Distinct(ReferenceEqualityComparer.Instance).Cast<DataSpec>()
            .Aggregate(TimeSpan.Zero, (sum, data) => sum + evaluator.ComputeTime(data));
}
