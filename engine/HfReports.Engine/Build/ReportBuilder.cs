using HfReports.Engine.Build.Caching;
using HfReports.Engine.Document;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Publishing;
using HfReports.Engine.Query;
using HfReports.Engine.Rendering;
using HfReports.Engine.Rendering.Pdf;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;

namespace HfReports.Engine.Build;

/// <summary>
/// The whole flow for a manifest: load specs, open the snapshot read-only, evaluate frames,
/// build each report's document and render it to the requested formats; the outputs replace the previous ones
/// together, and only when all were written without error (<see cref="OutputSet"/>). Spec errors stop before anything is written. The output folder is locked for the build
/// (<see cref="OutputFolderLock"/>), and temporary files of killed builds are swept first.
/// </summary>
public static class ReportBuilder
{
    public static BuildResult Build(ManifestSpec manifest, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var expectations = new List<ExpectationResult>();
        // The theme's fonts are found (fontconfig's first query reads the system's font list) while the specs load.
        var findingFonts = Task.Run(() => new FontRegistry(manifest.Theme));
        ReportSpec[] loaded;
        using (BuildProfile.Measure("specs"))
            loaded = LoadReports(manifest, diagnostics);
        OutputNames.CheckUnique(loaded, diagnostics);
        if (diagnostics.HasErrors) return new BuildResult([], diagnostics.Items, expectations);

        var written = loaded.SelectMany(r => new[] { r.Id + ".pdf", r.Id + ".html" }).Append(BuildManifest.FileName)
            .Select(name => Path.GetFullPath(Path.Combine(manifest.OutputFolder, name)));
        if (written.Contains(Path.GetFullPath(manifest.SnapshotPath)))
            throw new OutputFolderException(manifest.OutputFolder, $"the snapshot '{manifest.SnapshotPath}' would be overwritten by an output of the same name");
        using var outputLock = OutputFolderLock.Acquire(manifest.OutputFolder);
        AtomicFile.RemoveStaleTemporaries(manifest.OutputFolder);
        var opening = BuildProfile.Measure("fonts and snapshot");
        var fonts = findingFonts.GetAwaiter().GetResult();
        using var database = SnapshotDatabase.OpenReadOnly(manifest.SnapshotPath);
        var snapshot = SnapshotIdentity.Read(database, options.Cancellation).CountingTimeAxisAhead();
        opening.Dispose();
        if (options.RefuseDemo(snapshot, manifest.SnapshotPath) is { } refused)
            return new BuildResult([], [.. diagnostics.Items, refused], expectations) { Synthetic = true };
        var skipped = new List<string>();
        var reports = GenerationMatch.Select(loaded, snapshot, diagnostics, skipped);
        if (diagnostics.HasErrors) return new BuildResult([], diagnostics.Items, expectations) { Synthetic = snapshot.Synthetic, Skipped = skipped };
        // The manifest names the snapshot by its SHA-256: a multi-gigabyte file is hashed while the queries run rather
        // than after the outputs (the fingerprint remembers it, so the manifest and the cache keys take it from there).
        var hashing = database.IsFile ? Task.Run(() => SnapshotFingerprint.Sha256(database.Path)) : null;
        string? snapshotSha256;
        using (BuildProfile.Measure("snapshot hash"))
            // A server's tables have no file hash that would tell the cache when they change: builds on PostgreSQL compute everything.
            snapshotSha256 = options.Cache is null || hashing is null ? null : hashing.GetAwaiter().GetResult();
        var renderers = ReportRenderers.For(manifest.Formats);
        var documents = new List<ReportDocument>();
        var blocks = new List<BlockStatus>();
        var allowance = new FrameAllowance();
        var dataLinks = renderers.Any(r => r.EmbedsData) ? new DataLinkAllowance() : null;
        foreach (var report in reports)
            using (BuildProfile.Measure("document (queries, transforms, charts, text)"))
                documents.Add(BuildDocument(report, database, snapshot, fonts, options, diagnostics, expectations,
                    new DocumentParts(snapshotSha256, renderers.Any(r => r.NeedsFigureSvg), blocks, allowance) { DataLinks = dataLinks }));
        options.Figures?.Sweep();
        if (diagnostics.HasErrors) return new BuildResult([], diagnostics.Items, expectations) { Synthetic = snapshot.Synthetic, Blocks = blocks, Skipped = skipped };

        // Every output is staged; they replace the previous ones together, manifest last, only if nothing failed.
        using var staged = new OutputSet();
        var outputs = new List<string>();
        foreach (var (report, document) in reports.Zip(documents))
        {
            options.Cancellation.ThrowIfCancellationRequested();
            // The formats render at once (each reads the finished document only); their results are taken in order.
            var rendering = renderers.Select(renderer => (Renderer: renderer,
                Task: Task.Run(() => Render(renderer, manifest, document, fonts, staged, options.Cancellation)))).ToArray();
            // Waited for before anything else is decided, so no write is still running when the set is dropped.
            try { Task.WaitAll(rendering.Select(r => r.Task)); } catch (AggregateException) { }
            foreach (var (renderer, task) in rendering)
            {
                try
                {
                    var (path, warnings) = task.GetAwaiter().GetResult();
                    foreach (var warning in warnings) diagnostics.Warning(warning, report.Location);
                    outputs.Add(path);
                }
                catch (LayoutException e)
                {
                    diagnostics.Error($"the {renderer.Format.ToUpperInvariant()} of '{document.Id}' cannot be laid out: {e.Message}", report.Location);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A full disk or a file system that refuses the file: the set (with its temporaries) is dropped below.
                    throw new OutputWriteException(Path.Combine(manifest.OutputFolder, document.Id + renderer.Extension), e);
                }
            }
        }
        options.Cancellation.ThrowIfCancellationRequested();
        if (diagnostics.HasErrors) return new BuildResult([], diagnostics.Items, expectations) { Synthetic = snapshot.Synthetic, Blocks = blocks, Skipped = skipped };
        // Last, so it can hash every output as staged: out/manifest.json says what this build produced and from what.
        using (BuildProfile.Measure("manifest"))
            try
            {
                // A hash that failed is computed again by the manifest, which reports the error as it always did.
                try { hashing?.Wait(options.Cancellation); } catch (AggregateException) { }
                outputs.Add(BuildManifestJson.Stage(manifest.OutputFolder,
                    BuildManifest.Create(manifest.OutputFolder, reports, options.ParameterOverrides, database, outputs, diagnostics.Items,
                        expectations, staged.ContentOf, options.Cancellation),
                    staged, options.Cancellation));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputWriteException(Path.Combine(manifest.OutputFolder, BuildManifest.FileName), e);
            }
        staged.Commit(options.Cancellation);
        return new BuildResult(outputs, diagnostics.Items, expectations) { Synthetic = snapshot.Synthetic, Blocks = blocks, Skipped = skipped };
    }

    /// <summary>The manifest's reports, read at once (they share no file or state); their problems are told in manifest order.</summary>
    private static ReportSpec[] LoadReports(ManifestSpec manifest, DiagnosticBag diagnostics)
    {
        var problems = manifest.Reports.Select(_ => new DiagnosticBag()).ToArray();
        var reports = new ReportSpec?[manifest.Reports.Count];
        // A file that cannot be read throws as when the reports were read one by one (watch reports an IOException and
        // goes on): the first report's failure, not an AggregateException.
        var failures = new System.Runtime.ExceptionServices.ExceptionDispatchInfo?[reports.Length];
        Parallel.For(0, reports.Length, i =>
        {
            try { reports[i] = ReportLoader.Load(manifest.Reports[i], manifest.BaseFolder, problems[i], EngineVocabulary.Spec); }
            catch (Exception e) { failures[i] = System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e); }
        });
        failures.FirstOrDefault(f => f is not null)?.Throw();
        foreach (var diagnostic in problems.SelectMany(p => p.Items)) diagnostics.Add(diagnostic);
        return reports.OfType<ReportSpec>().ToArray();
    }

    private static (string Path, IReadOnlyList<string> Warnings) Render(IReportRenderer renderer, ManifestSpec manifest,
        ReportDocument document, FontRegistry fonts, OutputSet staged, CancellationToken cancellation)
    {
        var path = Path.Combine(manifest.OutputFolder, document.Id + renderer.Extension);
        IReadOnlyList<string> warnings = [];
        staged.Stage(path, stream => warnings = renderer.Render(document, fonts, stream, cancellation), cancellation);
        return (path, warnings);
    }

    /// <summary>What a build adds to a document build: the snapshot's hash for cache keys (null: no cache), whether
    /// figures need their SVG, and where to record which blocks were reused.</summary>
    /// <param name="Allowance">What the frames of every report of the build may hold together.</param>
    internal sealed record DocumentParts(string? SnapshotSha256, bool Svg, List<BlockStatus>? Statuses, FrameAllowance? Allowance = null)
    {
        /// <summary>What the HTML of the build may embed as CSV; null: no format embeds the data.</summary>
        public DataLinkAllowance? DataLinks { get; init; }
    }

    internal static ReportDocument BuildDocument(ReportSpec report, SnapshotDatabase database, SnapshotIdentity snapshot, FontRegistry fonts,
        BuildOptions options, DiagnosticBag diagnostics, List<ExpectationResult>? expectations = null, DocumentParts? parts = null)
    {
        var store = options.Cache is not null && parts?.SnapshotSha256 is { } sha ? new FrameStore(options.Cache, sha) : null;
        var evaluation = ReportEvaluation.Start(report, database, snapshot, options, diagnostics,
            options.RowLimit, store, options.Parallelism, parts?.Allowance ?? new FrameAllowance());
        var figures = new FigureRenderer(fonts, evaluation.Parameters, evaluation.Evaluator, options.Cache, options.Figures,
            parts?.SnapshotSha256, parts?.Svg ?? false)
        {
            TimeAxis = snapshot.TimeAxis,
        };
        // Phase 1 computes and draws everything the report needs; phase 2 assembles the document from that alone.
        var prepared = BlockPreparer.Prepare(report, evaluation, figures, new SnapshotTables(database, options.Cancellation), snapshot,
            parts is null ? new DataLinkAllowance() : parts.DataLinks);
        var document = ReportAssembler.Assemble(report, evaluation.Numbering, prepared, diagnostics,
            new AssemblyOptions(options.Strict, options.SourceDateEpoch, options.Cancellation));
        expectations?.AddRange(prepared.Expectations);
        parts?.Statuses?.AddRange(BlockPreparer.Statuses(report, prepared, evaluation.Evaluator, figures));
        return document;
    }
}
