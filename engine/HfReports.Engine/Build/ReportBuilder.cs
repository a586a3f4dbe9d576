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
/// atomically. Spec errors stop before anything is written.
/// </summary>
public static class ReportBuilder
{
    public static BuildResult Build(ManifestSpec manifest, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var reports = manifest.Reports.Select(r => ReportLoader.Load(r, manifest.BaseFolder, diagnostics)).OfType<ReportSpec>().ToArray();
        if (diagnostics.HasErrors) return new BuildResult([], diagnostics.Items);

        var fonts = new FontRegistry(manifest.Theme);
        using var database = SnapshotDatabase.OpenReadOnly(manifest.SnapshotPath);
        var snapshot = SnapshotIdentity.Read(database);
        var documents = new List<ReportDocument>();
        foreach (var report in reports)
            documents.Add(BuildDocument(report, database, snapshot, fonts, options, diagnostics));
        if (diagnostics.HasErrors) return new BuildResult([], diagnostics.Items);

        var outputs = new List<string>();
        foreach (var document in documents)
        {
            if (manifest.Formats.Contains("pdf"))
            {
                var path = Path.Combine(manifest.OutputFolder, document.Id + ".pdf");
                AtomicFile.Write(path, stream => PdfRenderer.Render(document, fonts, stream));
                outputs.Add(path);
            }
            if (manifest.Formats.Contains("html"))
            {
                var path = Path.Combine(manifest.OutputFolder, document.Id + ".html");
                AtomicFile.WriteText(path, HtmlRenderer.Render(document));
                outputs.Add(path);
            }
        }
        // Last, so it can hash every output as written: out/manifest.json says what this build produced and from what.
        outputs.Add(BuildManifestJson.Write(manifest.OutputFolder, BuildManifest.Create(manifest.OutputFolder, reports, options, database, outputs, diagnostics.Items)));
        return new BuildResult(outputs, diagnostics.Items);
    }

    public static ReportDocument BuildDocument(ReportSpec report, SnapshotDatabase database, SnapshotIdentity snapshot, FontRegistry fonts,
        BuildOptions options, DiagnosticBag diagnostics)
    {
        var parameters = new Dictionary<string, object?>(report.Parameters, StringComparer.Ordinal);
        foreach (var (key, value) in options.ParameterOverrides)
        {
            if (!parameters.ContainsKey(key))
                diagnostics.Error($"--param '{key}': the report '{report.Id}' has no such parameter", report.Location, "report.parameters",
                    Suggestions.DidYouMean(key, parameters.Keys) ?? $"its parameters: {string.Join(", ", parameters.Keys)}");
            else
                parameters[key] = value;
        }
        var numbering = Numbering.Assign(report, diagnostics);
        var evaluator = new FrameEvaluator(database, parameters, diagnostics, options.RowLimit);
        evaluator.EvaluateNamed(report.Frames);
        var snapshotFacts = new Dictionary<string, object?>
        {
            ["synthetic"] = snapshot.Synthetic,
            ["created_at"] = snapshot.CreatedAt,
            ["schema_version"] = snapshot.SchemaVersion,
        };
        var scope = new TemplateScope(evaluator.Named, parameters, snapshotFacts, numbering);
        return new DocumentBuilder(evaluator, scope, numbering, fonts, diagnostics).Build(report, snapshot);
    }
}
