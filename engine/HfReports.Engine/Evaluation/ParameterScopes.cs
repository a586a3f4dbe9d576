using HfReports.Engine.Spec;
using HfReports.Engine.Transform;

namespace HfReports.Engine.Evaluation;

/// <summary>
/// Which parts of a report a parameter restricts, read from the spec itself: the named frames and the figures and
/// tables (numbered as the document numbers them) whose SQL binds it (`:since`), whose transforms read it
/// (`params.since`), or that read a named frame doing either. A parameter's `restricts:` text in the spec is checked
/// against this, so the words never drift from the queries.
/// </summary>
internal static class ParameterScopes
{
    /// <param name="Blocks">"Figure 4", "Table 2": the numbered blocks whose data depends on the parameter.</param>
    /// <param name="Frames">The named frames whose data depends on it (what prose reads).</param>
    public sealed record Scope(IReadOnlyList<string> Blocks, IReadOnlyList<string> Frames);

    public static Scope Of(ReportSpec report, string parameter)
    {
        var frames = report.Frames.Keys.Where(name => Binds(report, report.Frames[name], parameter, [])).Order(StringComparer.Ordinal).ToArray();
        var (figure, table) = (0, 0);
        var blocks = new List<string>();
        foreach (var block in SpecWalk.Blocks(report))
        {
            var (label, data) = block switch
            {
                FigureSpec f => ($"Figure {++figure}", [f.Data, .. f.Panels.Select(p => p.Data).OfType<DataSpec>()]),
                TableSpec t => ($"Table {++table}", [t.Data]),
                ChecksBlockSpec => ($"Table {++table}", []),
                _ => ("", (DataSpec[])[]),
            };
            if (data.Any(d => Binds(report, d, parameter, []))) blocks.Add(label);
        }
        return new Scope(blocks, frames);
    }

    private static bool Binds(ReportSpec report, DataSpec data, string parameter, HashSet<string> visiting) =>
        FrameEvaluator.ParameterNames(data.AllSql).Contains(parameter, StringComparer.Ordinal)
        || TransformParameters.Names(data.Transforms).Contains(parameter, StringComparer.Ordinal)
        || data.FrameReference is { } name && visiting.Add(name) && report.Frames.TryGetValue(name, out var frame)
            && Binds(report, frame, parameter, visiting);
}
