using HfReports.Engine.Charts;
using HfReports.Engine.Document;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Frames;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Tables;

namespace HfReports.Engine.Build;

/// <summary>
/// The first phase of a report's build: decides once which figures and tables this snapshot has the data for,
/// computes their frames and draws each figure once its frames are ready (several at once), then settles each block in spec order into one
/// <see cref="PreparedBlock"/> (its diagnostics and expectations in that order too, so they do not depend on which
/// query finished first). Blocks whose required tables are empty become notices: nothing of them is computed, and
/// they are left out of the cache accounting.
/// </summary>
internal static class BlockPreparer
{
    /// <param name="dataLinks">What the HTML of the build may still embed as CSV; null: no format embeds the data.</param>
    public static PreparedReport Prepare(ReportSpec report, ReportEvaluation evaluation, FigureRenderer figures, SnapshotTables tables,
        SnapshotIdentity snapshot, DataLinkAllowance? dataLinks)
    {
        var evaluator = evaluation.Evaluator;
        var blocks = SpecWalk.Blocks(report).Where(b => b is FigureSpec or TableSpec).ToArray();
        var requirements = blocks.Select(b => Requirement(b, tables)).ToArray();
        var computed = blocks.Where((_, i) => requirements[i].EmptyTables.Count == 0).ToArray();
        var waits = new FigureFrameWaits(computed.OfType<FigureSpec>(), DataOf, evaluator.IsPrepared);
        evaluator.Prepare(computed.SelectMany(DataOf), (data, outcome, _) =>
        {
            if (outcome.Frame is null) return;
            foreach (var figure in waits.Computed(data))
                if (PanelFrames(figure, evaluator) is { } panelFrames) figures.Prepare(figure, panelFrames);
        });
        var prepared = blocks.Select((block, i) => requirements[i] switch
        {
            { EmptyTables.Count: > 0 } notice => new PreparedBlock.Notice(block, RequiresOf(block)!, notice.EmptyTables, notice.Diagnostics),
            var met => block is FigureSpec figure
                ? Figure(figure, evaluator, figures, dataLinks, met.Diagnostics)
                : Table((TableSpec)block, evaluator, dataLinks, met.Diagnostics),
        }).ToArray();
        return new PreparedReport(prepared, evaluator.Expectations.ToArray(), evaluation.Scope, snapshot.Synthetic,
            snapshot.Import is { } import ? $"Built from {import.Describe()}." : null, snapshot.CreatedAt);
    }

    /// <summary>The frame each panel draws, as computed ahead; null when one is missing (the figure then fails when settled).</summary>
    private static Frame[]? PanelFrames(FigureSpec figure, FrameEvaluator evaluator)
    {
        var frames = new Frame[figure.Panels.Count];
        for (var i = 0; i < frames.Length; i++)
            if (evaluator.PreparedFrame(figure.Panels[i].Data ?? figure.Data) is { } frame) frames[i] = frame;
            else return null;
        return frames;
    }

    /// <summary>The tables the block requires that this snapshot leaves empty, and an error for each it does not have.</summary>
    private sealed record RequirementCheck(IReadOnlyList<string> EmptyTables, IReadOnlyList<Diagnostic> Diagnostics);

    private static RequirementCheck Requirement(BlockSpec block, SnapshotTables tables)
    {
        if (RequiresOf(block) is not { } requires) return new RequirementCheck([], []);
        var problems = new DiagnosticBag();
        foreach (var table in requires.Tables.Where(table => !tables.Exists(table)))
            problems.Error($"'requires' names the table '{table}', which the snapshot does not have", requires.Location,
                SpecNode.Join(requires.KeyPath, "tables"), Suggestions.DidYouMean(table, tables.Names));
        return new RequirementCheck(tables.EmptyOf(requires), problems.Items);
    }

    private static RequirementSpec? RequiresOf(BlockSpec block) => block switch
    {
        FigureSpec figure => figure.Requires,
        TableSpec table => table.Requires,
        _ => null,
    };

    private static PreparedBlock Figure(FigureSpec figure, FrameEvaluator evaluator, FigureRenderer figures, DataLinkAllowance? dataLinks,
        IReadOnlyList<Diagnostic> required)
    {
        var problems = new DiagnosticBag();
        foreach (var diagnostic in required) problems.Add(diagnostic);
        var frame = evaluator.Evaluate(figure.Data, problems);
        if (frame is null) return new PreparedBlock.Failed(figure, "its data could not be computed", problems.Items);
        var panelFrames = figure.Panels.Select(p => p.Data is null ? frame : evaluator.Evaluate(p.Data, problems)).ToArray();
        if (panelFrames.Any(f => f is null))
            return new PreparedBlock.Failed(figure, "the data of one of its panels could not be computed", problems.Items);
        var drawing = new DiagnosticBag();
        try
        {
            var (drawn, warnings) = figures.Graphic(figure, panelFrames!);
            foreach (var warning in warnings) drawing.Add(warning);
            var csv = DataLink(dataLinks, frame, $"figure '{figure.Id}'", figure.Data, drawing);
            return new PreparedBlock.Built(figure, frame, drawn, null, csv, problems.Items, drawing.Items);
        }
        catch (ChartException e)
        {
            drawing.Error($"figure '{figure.Id}': {e.Message}", e.Location, e.KeyPath);
            return new PreparedBlock.Failed(figure, e.Message, problems.Items, frame, drawing.Items);
        }
    }

    private static PreparedBlock Table(TableSpec table, FrameEvaluator evaluator, DataLinkAllowance? dataLinks, IReadOnlyList<Diagnostic> required)
    {
        var problems = new DiagnosticBag();
        foreach (var diagnostic in required) problems.Add(diagnostic);
        var frame = evaluator.Evaluate(table.Data, problems);
        if (frame is null) return new PreparedBlock.Failed(table, "its data could not be computed", problems.Items);
        var formatting = new DiagnosticBag();
        try
        {
            var content = TableFormatter.Format(table, frame);
            var csv = DataLink(dataLinks, frame, $"table '{table.Id}'", table.Data, formatting);
            return new PreparedBlock.Built(table, frame, null, content, csv, problems.Items, formatting.Items);
        }
        catch (TableException e)
        {
            formatting.Error($"table '{table.Id}': {e.Message}", e.Location, e.KeyPath);
            return new PreparedBlock.Failed(table, e.Message, problems.Items, frame, formatting.Items);
        }
    }

    /// <summary>The CSV the HTML links to, within the build's allowance; past it a warning at the block's data, and no link.</summary>
    private static byte[]? DataLink(DataLinkAllowance? dataLinks, Frame frame, string what, DataSpec data, DiagnosticBag diagnostics)
    {
        if (dataLinks is null) return null;
        var csv = dataLinks.Take(frame);
        if (csv is null) diagnostics.Warning(dataLinks.Refusal(what), data.Location, data.KeyPath);
        return csv;
    }

    private static IEnumerable<DataSpec> DataOf(BlockSpec block) => block switch
    {
        FigureSpec figure => figure.Panels.Select(p => p.Data).OfType<DataSpec>().Prepend(figure.Data),
        TableSpec table => [table.Data],
        _ => [],
    };

    /// <summary>Which of the report's frames, figures and tables came from the cache, in report order.</summary>
    public static IEnumerable<BlockStatus> Statuses(ReportSpec report, PreparedReport prepared, FrameEvaluator evaluator, FigureRenderer figures)
    {
        foreach (var (name, data) in report.Frames)
            yield return new BlockStatus(report.Id, "frame", name, evaluator.WasReused(data), evaluator.ComputeTime(data));
        foreach (var block in prepared.Blocks.Where(b => b is not PreparedBlock.Notice).Select(b => b.Spec))
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
