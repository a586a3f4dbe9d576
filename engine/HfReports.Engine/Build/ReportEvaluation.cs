using HfReports.Engine.Build.Caching;
using HfReports.Engine.Document;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Text;

namespace HfReports.Engine.Build;

/// <summary>
/// What `build` and `check` set up the same way for one report, in this order: its parameters bound, its numbering
/// (computed once, here), the frame evaluator with the named frames computed, and the scope templates render in.
/// </summary>
internal sealed record ReportEvaluation(IReadOnlyDictionary<string, object?> Parameters, Numbering Numbering, FrameEvaluator Evaluator,
    TemplateScope Scope)
{
    /// <param name="rowLimit">Read at most this many rows of each query (check's quick pass); null reads all.</param>
    /// <param name="store">The frame cache of a build (null computes everything).</param>
    public static ReportEvaluation Start(ReportSpec report, SnapshotDatabase database, SnapshotIdentity snapshot, BuildOptions options,
        DiagnosticBag diagnostics, int? rowLimit, FrameStore? store = null, int parallelism = 1, FrameAllowance? allowance = null)
    {
        var parameters = ReportParameters.Bind(report, options.ParameterOverrides, diagnostics);
        var numbering = Numbering.Assign(report, diagnostics);
        var evaluator = new FrameEvaluator(database, parameters, diagnostics, rowLimit, options.Strict, snapshot.Synthetic, options.Cancellation)
        {
            Store = store, Parallelism = parallelism, Allowance = allowance,
        };
        evaluator.EvaluateNamed(report.Frames);
        var scope = new TemplateScope(evaluator.Named, parameters, SnapshotFacts(snapshot), numbering)
        {
            Templates = TemplateFolder.Of(report),
        };
        return new ReportEvaluation(parameters, numbering, evaluator, scope);
    }

    /// <summary>What templates see of the snapshot as `snapshot.*`.</summary>
    public static Dictionary<string, object?> SnapshotFacts(SnapshotIdentity snapshot) => new()
    {
        ["synthetic"] = snapshot.Synthetic,
        ["created_at"] = snapshot.CreatedAt,
        ["schema_version"] = snapshot.SchemaVersion,
        ["generation"] = snapshot.Import?.Generation,
        ["benchmarks"] = new Scriban.Runtime.ScriptArray(snapshot.Import?.Benchmarks?.Benchmarks.Select(b => b.Title) ?? []),
        ["benchmark_list"] = snapshot.Import?.Benchmarks?.Sentence(),
        ["source"] = snapshot.Import?.Source,
        ["as_of"] = snapshot.Import?.AsOf,
        ["import_id"] = snapshot.Import?.Id,
        ["imports"] = snapshot.Import?.ImportCount ?? 0,
        ["time_axis"] = snapshot.TimeAxis,
        ["hub_dates"] = snapshot.TimeAxis == SnapshotIdentity.HubTimeAxis,
    };
}
