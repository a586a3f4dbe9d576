using System.Reflection;
using System.Runtime.CompilerServices;
using HfReports.Engine.Spec;
using HfReports.Ingest.Snapshot;

namespace HfReports.Tests.Architecture;

/// <summary>
/// The engine and the ingest library are internal by default: their public types are what the command line uses, listed
/// here so that a new public type is a deliberate act (and its members go into PublicAPI.Unshipped.txt, which the build
/// checks). The command line sees no internals: it has no InternalsVisibleTo.
/// </summary>
public sealed class PublicSurfaceTests
{
    /// <summary>The most public types the engine may have (issue #19: a small public surface).</summary>
    private const int EngineBudget = 40;

    private static readonly string[] Engine =
    [
        "HfReports.Engine.Build.BlockStatus",
        "HfReports.Engine.Build.BuildOptions",
        "HfReports.Engine.Build.BuildProfile",
        "HfReports.Engine.Build.BuildResult",
        "HfReports.Engine.Build.Caching.BuildCache",
        "HfReports.Engine.Build.Caching.FigureMemory",
        "HfReports.Engine.Build.CheckResult",
        "HfReports.Engine.Build.ReportBuilder",
        "HfReports.Engine.Build.ReportChecker",
        "HfReports.Engine.Build.ReportSources",
        "HfReports.Engine.Document.BuildDate",
        "HfReports.Engine.Evaluation.ExpectationResult",
        "HfReports.Engine.Publishing.BuildManifestJson",
        "HfReports.Engine.Publishing.EngineVersion",
        "HfReports.Engine.Publishing.ManifestFile",
        "HfReports.Engine.Publishing.OutputFolderException",
        "HfReports.Engine.Publishing.OutputFolderLockedException",
        "HfReports.Engine.Publishing.OutputWriteException",
        "HfReports.Engine.Query.ModelRow",
        "HfReports.Engine.Query.PostgresLocation",
        "HfReports.Engine.Query.QueryWatch",
        "HfReports.Engine.Query.SnapshotDiff",
        "HfReports.Engine.Query.SnapshotException",
        "HfReports.Engine.Query.SnapshotSummary",
        "HfReports.Engine.Query.StatementOverrun",
        "HfReports.Engine.Query.ValueChange`1",
        "HfReports.Engine.Spec.Diagnostic",
        "HfReports.Engine.Spec.DiagnosticBag",
        "HfReports.Engine.Spec.ManifestSpec",
        "HfReports.Engine.Spec.PageSize",
        "HfReports.Engine.Spec.ParameterType",
        "HfReports.Engine.Spec.Printable",
        "HfReports.Engine.Spec.ReportReference",
        "HfReports.Engine.Spec.Severity",
        "HfReports.Engine.Spec.SnapshotEngine",
        "HfReports.Engine.Spec.SnapshotLocation",
        "HfReports.Engine.Spec.SourceLocation",
        "HfReports.Engine.Spec.ThemeSpec",
        "HfReports.Engine.Theme.FontException",
    ];

    private static readonly string[] Ingest =
    [
        "HfReports.Ingest.Demo.DemoOptions",
        "HfReports.Ingest.Demo.DemoSnapshotGenerator",
        "HfReports.Ingest.Demo.DemoSummary",
        "HfReports.Ingest.Demo.DemoTarget",
        "HfReports.Ingest.Hub.EnrichmentOptions",
        "HfReports.Ingest.Hub.EnrichmentProgress",
        "HfReports.Ingest.Hub.EnrichmentRun",
        "HfReports.Ingest.Hub.EnrichmentSummary",
        "HfReports.Ingest.Hub.HubClientOptions",
        "HfReports.Ingest.Import.FileImportResult",
        "HfReports.Ingest.Import.ImportDataException",
        "HfReports.Ingest.Import.ImportEnvironmentException",
        "HfReports.Ingest.Import.ImportOptions",
        "HfReports.Ingest.Import.ImportStep",
        "HfReports.Ingest.Import.ImportSummary",
        "HfReports.Ingest.Import.SnapshotImporter",
        "HfReports.Ingest.Import.SyntheticV1Export",
        "HfReports.Ingest.Import.TypeCount",
        "HfReports.Ingest.Snapshot.IRowSink",
        "HfReports.Ingest.Snapshot.ImportSelection",
        "HfReports.Ingest.Snapshot.SchemaUpgrade",
        "HfReports.Ingest.Snapshot.SnapshotConnection",
        "HfReports.Ingest.Snapshot.SnapshotProgress",
        "HfReports.Ingest.Snapshot.SnapshotSchema",
    ];

    [Fact]
    public void The_engine_exports_only_the_listed_types_within_its_budget()
    {
        Assert.Equal(Engine, PublicTypes(typeof(Diagnostic).Assembly));
        Assert.True(Engine.Length <= EngineBudget, $"{Engine.Length} public types in the engine, budget {EngineBudget}");
    }

    [Fact]
    public void The_ingest_library_exports_only_the_listed_types() =>
        Assert.Equal(Ingest, PublicTypes(typeof(SnapshotSchema).Assembly));

    [Fact]
    public void Only_the_tests_and_the_benchmark_see_the_internals()
    {
        Assert.Equal(new[] { "HfReports.Tests" }, FriendsOf(typeof(Diagnostic).Assembly));
        Assert.Equal(new[] { "HfReports.Tests", "HubEnrichBench" }, FriendsOf(typeof(SnapshotSchema).Assembly));
    }

    private static string[] PublicTypes(Assembly assembly) =>
        assembly.GetExportedTypes().Select(t => t.FullName!).Order(StringComparer.Ordinal).ToArray();

    private static string[] FriendsOf(Assembly assembly) =>
        assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).Order(StringComparer.Ordinal).ToArray();
}
