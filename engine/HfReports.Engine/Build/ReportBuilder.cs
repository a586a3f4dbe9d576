using HfReports.Engine.Document;
using HfReports.Engine.Query;
using HfReports.Engine.Rendering.Html;
using HfReports.Engine.Rendering.Pdf;
using HfReports.Engine.Spec;
using HfReports.Engine.Text;
using HfReports.Engine.Theme;

namespace HfReports.Engine.Build;

/// <summary>
/// The whole flow for a manifest: load specs, open the snapshot read-only, evaluate frames,
/// build each report's document and render it to the requested formats, each output written
/// atomically. Spec errors stop before anything is written. The output folder is locked for the build
/// (<see cref="OutputFolderLock"/>), and temporary files of killed builds are swept first.
/// </summary>
public static class ReportBuilder
{
    public static BuildResult Build(ManifestSpec manifest, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var expectations = new List<ExpectationResult>();
        var reports = manifest.Reports.Select(r => ReportLoader.Load(r, manifest.BaseFolder, diagnostics)).OfType<ReportSpec>().ToArray();
        OutputNames.CheckUnique(reports, diagnostics);
        if (diagnostics.HasErrors) return new BuildResult([], diagnostics.Items, expectations);

        using var outputLock = OutputFolderLock.Acquire(manifest.OutputFolder);
        AtomicFile.RemoveStaleTemporaries(manifest.OutputFolder);
        var fonts = new FontRegistry(manifest.Theme);
        using var database = SnapshotDatabase.OpenReadOnly(manifest.SnapshotPath);
        var snapshot = SnapshotIdentity.Read(database);
        var documents = new List<ReportDocument>();
        foreach (var report in reports)
            documents.Add(BuildDocument(report, database, snapshot, fonts, options, diagnostics, expectations));
        if (diagnostics.HasErrors) return new BuildResult([], diagnostics.Items, expectations) { Synthetic = snapshot.Synthetic };

        var outputs = new List<string>();
        foreach (var (report, document) in reports.Zip(documents))
        {
            options.Cancellation.ThrowIfCancellationRequested();
            if (manifest.Formats.Contains("pdf"))
            {
                var path = Path.Combine(manifest.OutputFolder, document.Id + ".pdf");
                try
                {
                    PdfRenderResult? rendered = null;
                    AtomicFile.Write(path, stream => rendered = PdfRenderer.Render(document, fonts, stream), options.Cancellation);
                    foreach (var warning in rendered!.Warnings) diagnostics.Warning(warning, report.Location);
                    outputs.Add(path);
                }
                catch (LayoutException e)
                {
                    diagnostics.Error($"the PDF of '{document.Id}' cannot be laid out: {e.Message}", report.Location);
                }
            }
            if (manifest.Formats.Contains("html"))
            {
                var path = Path.Combine(manifest.OutputFolder, document.Id + ".html");
                AtomicFile.WriteText(path, HtmlRenderer.Render(document, fonts), options.Cancellation);
                outputs.Add(path);
            }
        }
        options.Cancellation.ThrowIfCancellationRequested();
        // Last, so it can hash every output as written: out/manifest.json says what this build produced and from what.
        outputs.Add(BuildManifestJson.Write(manifest.OutputFolder,
            BuildManifest.Create(manifest.OutputFolder, reports, options, database, outputs, diagnostics.Items, expectations)));
        return new BuildResult(outputs, diagnostics.Items, expectations) { Synthetic = snapshot.Synthetic };
    }

    public static ReportDocument BuildDocument(ReportSpec report, SnapshotDatabase database, SnapshotIdentity snapshot, FontRegistry fonts,
        BuildOptions options, DiagnosticBag diagnostics, List<ExpectationResult>? expectations = null)
    {
        var parameters = ReportParameters.Bind(report, options.ParameterOverrides, diagnostics);
        var numbering = Numbering.Assign(report, diagnostics);
        var evaluator = new FrameEvaluator(database, parameters, diagnostics, options.RowLimit, options.Strict, snapshot.Synthetic, options.Cancellation);
        evaluator.EvaluateNamed(report.Frames);
        var scope = new TemplateScope(evaluator.Named, parameters, SnapshotFacts(snapshot), numbering)
        {
            Templates = TemplateFolder.Of(report),
        };
        var document = new DocumentBuilder(evaluator, scope, numbering, fonts, diagnostics).Build(report, snapshot);
        expectations?.AddRange(evaluator.Expectations);
        return document;
    }

    /// <summary>What templates see of the snapshot as `snapshot.*`.</summary>
    public static Dictionary<string, object?> SnapshotFacts(SnapshotIdentity snapshot) => new()
    {
        ["synthetic"] = snapshot.Synthetic,
        ["created_at"] = snapshot.CreatedAt,
        ["schema_version"] = snapshot.SchemaVersion,
    };
}
