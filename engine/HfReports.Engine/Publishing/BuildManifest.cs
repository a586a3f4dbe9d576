using HfReports.Engine.Evaluation;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Publishing;

/// <summary>
/// What a build produced and from what: every output with its SHA-256 and size, the snapshot's
/// identity and sources, the engine version, the parameters each report ran with, the warnings
/// and the expectation results. Written as out/manifest.json next to the outputs; it holds no
/// wall-clock time or absolute path, so the same inputs give the same bytes.
/// </summary>
internal sealed record BuildManifest(
    EngineVersion Engine,
    ManifestSnapshot Snapshot,
    IReadOnlyList<ManifestReport> Reports,
    IReadOnlyList<ManifestFile> Files,
    IReadOnlyList<Diagnostic> Warnings,
    IReadOnlyList<ExpectationResult> Expectations)
{
    public const string FileName = "manifest.json";
    public const string Format = "hfreports-build-manifest/1";

    /// <summary>Describes a finished build; <paramref name="outputs"/> are hashed as they are now on disk.</summary>
    /// <param name="parameterOverrides">The build's --param values.</param>
    public static BuildManifest Create(string outputFolder, IEnumerable<ReportSpec> reports,
        IReadOnlyDictionary<string, object?> parameterOverrides, SnapshotDatabase database, IEnumerable<string> outputs,
        IEnumerable<Diagnostic> diagnostics, IReadOnlyList<ExpectationResult>? expectations = null,
        Func<string, string>? contentOf = null, CancellationToken cancellation = default) =>
        new(EngineVersion.Current,
            ManifestSnapshot.Read(database, cancellation),
            reports.Select(r => ManifestReport.From(r, parameterOverrides)).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray(),
            outputs.Select(o => ManifestFile.Hash(outputFolder, o, contentOf?.Invoke(o))).OrderBy(f => f.Path, StringComparer.Ordinal).ToArray(),
            diagnostics.Where(d => d.Severity == Severity.Warning).ToArray(),
            expectations ?? []);
}

/// <summary>One output file: its path relative to the output folder ('/' separators), SHA-256 (lower-case hex) and size.</summary>
public sealed record ManifestFile(string Path, string Sha256, long Bytes)
{
    /// <param name="content">Where the file's bytes are now, when not yet at <paramref name="file"/> (a staged output).</param>
    public static ManifestFile Hash(string outputFolder, string file, string? content = null)
    {
        using var stream = File.OpenRead(content ?? file);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
        return new ManifestFile(System.IO.Path.GetRelativePath(outputFolder, file).Replace('\\', '/'), hash, stream.Length);
    }
}

/// <summary>A report of the build and the parameter values it ran with (its defaults, then --param overrides).</summary>
internal sealed record ManifestReport(string Id, IReadOnlyDictionary<string, object?> Parameters)
{
    public static ManifestReport From(ReportSpec report, IReadOnlyDictionary<string, object?> parameterOverrides)
    {
        var parameters = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in report.Parameters) parameters[key] = value;
        foreach (var (key, value) in parameterOverrides)
            if (parameters.ContainsKey(key)) parameters[key] = value;
        return new ManifestReport(report.Id, parameters);
    }
}

