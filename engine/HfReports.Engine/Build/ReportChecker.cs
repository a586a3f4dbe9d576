using HfReports.Engine.Document;
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
        var reports = manifest.Reports.Select(r => ReportLoader.Load(r, manifest.BaseFolder, diagnostics)).OfType<ReportSpec>().ToArray();
        OutputNames.CheckUnique(reports, diagnostics);
        using var database = SnapshotDatabase.OpenReadOnly(manifest.SnapshotPath);
        var snapshot = SnapshotIdentity.Read(database, options.Cancellation);
        if (options.RefuseDemo(snapshot, manifest.SnapshotPath) is { } refused)
            return new CheckResult([.. diagnostics.Items, refused], []);
        var expectations = new List<ExpectationResult>();
        foreach (var report in reports)
            expectations.AddRange(CheckReport(report, database, snapshot, options, diagnostics));
        return new CheckResult(diagnostics.Items, expectations);
    }

    private static IReadOnlyList<ExpectationResult> CheckReport(ReportSpec report, SnapshotDatabase database, SnapshotIdentity snapshot,
        BuildOptions options, DiagnosticBag diagnostics)
    {
        var parameters = ReportParameters.Bind(report, options.ParameterOverrides, diagnostics);
        var numbering = Numbering.Assign(report, diagnostics);
        var evaluator = new FrameEvaluator(database, parameters, diagnostics, options.RowLimit ?? DefaultRowLimit, options.Strict, snapshot.Synthetic, options.Cancellation);
        evaluator.EvaluateNamed(report.Frames);
        var scope = new TemplateScope(evaluator.Named, parameters, ReportBuilder.SnapshotFacts(snapshot), numbering)
        {
            Templates = TemplateFolder.Of(report),
        };
        if (report.Abstract is not null) Render(report.Abstract, null, report.Location, "report.abstract", scope, diagnostics);
        foreach (var section in report.Sections) CheckSection(section, evaluator, scope, diagnostics);
        return evaluator.Expectations;
    }

    private static void CheckSection(SectionSpec section, FrameEvaluator evaluator, TemplateScope scope, DiagnosticBag diagnostics)
    {
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case TextBlockSpec text:
                    Render(text.Template, null, text.Location, text.KeyPath, scope, diagnostics);
                    break;
                case FigureSpec figure when evaluator.Evaluate(figure.Data) is { } frame:
                    var panelFrames = figure.Panels.Select(p => p.Data is null ? frame : evaluator.Evaluate(p.Data)).ToArray();
                    if (panelFrames.All(f => f is not null))
                        FrameColumnsCheck.Figure(figure, panelFrames!, diagnostics);
                    Render(figure.Caption, frame, figure.Location, SpecNode.Join(figure.KeyPath, "caption"), scope, diagnostics);
                    break;
                case TableSpec table when evaluator.Evaluate(table.Data) is { } frame:
                    FrameColumnsCheck.Table(table, frame, diagnostics);
                    Render(table.Caption, frame, table.Location, SpecNode.Join(table.KeyPath, "caption"), scope, diagnostics);
                    if (table.Note is not null) Render(table.Note, frame, table.Location, SpecNode.Join(table.KeyPath, "note"), scope, diagnostics);
                    break;
            }
        }
        foreach (var child in section.Sections) CheckSection(child, evaluator, scope, diagnostics);
    }

    private static void Render(string template, Frames.Frame? data, SourceLocation location, string keyPath, TemplateScope scope, DiagnosticBag diagnostics)
    {
        try
        {
            TemplateRenderer.Render(template, scope.WithData(data), location, keyPath);
        }
        catch (TemplateException e)
        {
            diagnostics.Error(e.Message, e.Location, e.KeyPath);
        }
    }
}
