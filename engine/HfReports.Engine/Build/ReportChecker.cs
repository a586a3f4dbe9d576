using HfReports.Engine.Evaluation;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Text;

namespace HfReports.Engine.Build;

/// <summary>
/// `check`: everything a build would find wrong, without drawing or writing anything. Loads every spec, runs
/// every query with a row limit, applies the transforms, checks chart and table columns against the frames and
/// renders the templates. Spec errors do not stop it: whatever loaded is still checked, so one pass finds all.
/// </summary>
public static class ReportChecker
{
    public const int DefaultRowLimit = 1000;

    public static CheckResult Check(ManifestSpec manifest, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = manifest.Reports.Select(r => ReportLoader.Load(r, manifest.BaseFolder, diagnostics, EngineVocabulary.Spec)).OfType<ReportSpec>().ToArray();
        OutputNames.CheckUnique(loaded, diagnostics);
        using var database = SnapshotDatabase.OpenReadOnly(manifest.SnapshotPath);
        var snapshot = SnapshotIdentity.Read(database, options.Cancellation).CountingTimeAxisAhead();
        if (options.RefuseDemo(snapshot, manifest.SnapshotPath) is { } refused)
            return new CheckResult([.. diagnostics.Items, refused], []);
        var reports = GenerationMatch.Select(loaded, snapshot, diagnostics, []);
        var expectations = new List<ExpectationResult>();
        foreach (var report in reports)
            expectations.AddRange(CheckReport(report, database, snapshot, options, diagnostics));
        return new CheckResult(diagnostics.Items, expectations);
    }

    private static IReadOnlyList<ExpectationResult> CheckReport(ReportSpec report, SnapshotDatabase database, SnapshotIdentity snapshot,
        BuildOptions options, DiagnosticBag diagnostics)
    {
        var (_, _, evaluator, scope) = ReportEvaluation.Start(report, database, snapshot, options, diagnostics, options.RowLimit ?? DefaultRowLimit);
        var target = new RenderTarget(scope, diagnostics, options.Strict, evaluator.Named, report.Frames.Keys.ToHashSet(StringComparer.Ordinal));
        if (report.Abstract is not null) Render(report.Abstract, null, report.AbstractStart, "report.abstract", target);
        foreach (var block in SpecWalk.Blocks(report)) CheckBlock(block, evaluator, target);
        return evaluator.Expectations;
    }

    /// <summary>What rendering a template in `check` needs: its scope, where problems go, and the named frames.</summary>
    /// <param name="Frames">The named frames that could be computed.</param>
    /// <param name="Declared">Every frame the report declares (one that failed is reported already, not as unknown).</param>
    private sealed record RenderTarget(TemplateScope Scope, DiagnosticBag Diagnostics, bool Strict, IReadOnlyDictionary<string, Frames.Frame> Frames,
        IReadOnlySet<string> Declared);

    private static void CheckBlock(BlockSpec block, FrameEvaluator evaluator, RenderTarget target)
    {
        switch (block)
        {
            case TextBlockSpec text:
                Render(text.Template, null, text.Location, text.KeyPath, target);
                break;
            case FigureSpec figure when evaluator.Evaluate(figure.Data) is { } frame:
                var panelFrames = figure.Panels.Select(p => p.Data is null ? frame : evaluator.Evaluate(p.Data)).ToArray();
                if (panelFrames.All(f => f is not null))
                    FrameColumnsCheck.Figure(figure, panelFrames!, target.Diagnostics);
                Render(figure.Caption, frame, figure.Location, SpecNode.Join(figure.KeyPath, "caption"), target);
                break;
            case TableSpec table when evaluator.Evaluate(table.Data) is { } frame:
                FrameColumnsCheck.Table(table, frame, target.Diagnostics);
                Render(table.Caption, frame, table.Location, SpecNode.Join(table.KeyPath, "caption"), target);
                if (table.Note is not null) Render(table.Note, frame, table.Location, SpecNode.Join(table.KeyPath, "note"), target);
                break;
        }
    }

    private static void Render(string template, Frames.Frame? data, SourceLocation location, string keyPath, RenderTarget target)
    {
        var (scope, diagnostics, strict, frames, declared) = target;
        var reported = TemplateFrameReferences.Check(template, location, keyPath, frames, declared, diagnostics, data);
        try
        {
            var missing = new List<MissingValue>();
            TemplateRenderer.Render(template, scope.WithData(data), location, keyPath, missing);
            foreach (var problem in missing.Where(m => !reported.Contains(m.Location)))
                diagnostics.Add(new Diagnostic(strict ? Severity.Error : Severity.Warning, problem.Message, problem.Location, problem.KeyPath, problem.Suggestion));
        }
        catch (TemplateException e) when (!reported.Contains(e.Location))
        {
            diagnostics.Error(e.Message, e.Location, e.KeyPath);
        }
        catch (TemplateException)
        {
            // The same place was reported with its cause (an unknown frame) and the nearest name.
        }
    }
}
