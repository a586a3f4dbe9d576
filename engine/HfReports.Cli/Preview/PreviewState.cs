using HfReports.Engine.Build;
using HfReports.Engine.Spec;

namespace HfReports.Cli.Preview;

/// <summary>
/// What the preview shows, replaced after every build: the HTML of each report, or the diagnostics when the build
/// failed (never a stale report), where each figure and table is declared, and a version that changes with every
/// build so open pages know to reload. A page is made from one <see cref="PreviewBuild"/>, read once: reading the
/// parts one by one could pair a failed build with the version of the next one, and the page would never reload.
/// </summary>
public sealed class PreviewState
{
    private readonly Lock _gate = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile PreviewBuild _current = PreviewBuild.None;

    /// <summary>The last build, whole.</summary>
    public PreviewBuild Current => _current;

    /// <summary>Completes at the next build.</summary>
    public Task NextBuild
    {
        get { lock (_gate) return _next.Task; }
    }

    /// <summary>Records a build (null: the manifest did not load or the snapshot failed) and wakes every open page.</summary>
    public void Update(BuildResult? result, ManifestSpec? manifest)
    {
        var reports = new List<(string, string)>();
        var sources = new Dictionary<string, IReadOnlyDictionary<string, SourceLocation>>(StringComparer.Ordinal);
        if (manifest is not null)
        {
            foreach (var (id, anchors) in ReportSources.Anchors(manifest))
            {
                reports.Add((id, Path.Combine(manifest.OutputFolder, id + ".html")));
                sources[id] = anchors;
            }
        }
        TaskCompletionSource woken;
        lock (_gate)
        {
            _current = new PreviewBuild(_current.Version + 1, result, reports, sources, manifest?.BaseFolder);
            woken = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        woken.SetResult();
    }
}

/// <param name="Version">Changes with every build.</param>
/// <param name="Reports">Each report's id and HTML file, in manifest order.</param>
/// <param name="Sources">Anchor in a report's HTML (fig-1, tab-2) to where the block is declared, per report id.</param>
/// <param name="BaseFolder">The manifest's folder: spec locations are relative to it, and /source serves nothing outside it.</param>
public sealed record PreviewBuild(int Version, BuildResult? Result, IReadOnlyList<(string Id, string Html)> Reports,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, SourceLocation>> Sources, string? BaseFolder)
{
    /// <summary>Before the first build.</summary>
    public static readonly PreviewBuild None = new(0, null, [], new Dictionary<string, IReadOnlyDictionary<string, SourceLocation>>(), null);
}
