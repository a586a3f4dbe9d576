using System.Diagnostics;
using HfReports.Engine.Build;
using HfReports.Engine.Build.Caching;
using HfReports.Engine.Publishing;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Theme;

namespace HfReports.Cli.Commands;

/// <summary>
/// `hfreports build --watch`: builds, then watches the manifest's folder (and the folders of its reports) and
/// rebuilds when a manifest, spec, SQL file or template is saved. Rebuilds use the build cache and keep drawn
/// figures in memory, so only what changed is computed again. A spec that does not load or build prints its
/// diagnostics and the watcher waits for the next save; it runs until cancelled (Ctrl-C or SIGTERM), then exits 0.
/// </summary>
/// <param name="log">Where progress and diagnostics go (standard error unless a test listens).</param>
public sealed class BuildWatcher(BuildCommand.BuildRun run, ConsoleSettings settings, TextWriter? log = null) : IDisposable
{
    private readonly TextWriter _log = log ?? Console.Error;

    /// <summary>Saves closer together than this are one change (editors write a file in several steps).</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(120);

    private static readonly HashSet<string> WatchedExtensions = new(StringComparer.OrdinalIgnoreCase)
        { ".yaml", ".yml", ".sql", ".sbn", ".sbn-html", ".scriban", ".html", ".css" };

    private readonly SemaphoreSlim _changed = new(0);
    private readonly FigureMemory _figures = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private string? _outputFolder;
    private string? _cacheFolder;
    private string? _snapshotPath;

    /// <summary>Raised after every build attempt with its result (null when the manifest did not load or the snapshot failed).</summary>
    public event Action<BuildResult?>? Built;

    /// <summary>The command's entry: runs until Ctrl-C.</summary>
    public static int RunUntilCancelled(BuildCommand.BuildRun run, ConsoleSettings settings)
    {
        // Ctrl-C, or SIGTERM from a background watch (a script, a process manager): a clean exit.
        using var interruption = new Interruption();
        using var watcher = new BuildWatcher(run, settings);
        return watcher.Run(interruption.Token);
    }

    /// <returns>0 when cancelled; 2 for arguments that can never build.</returns>
    public int Run(CancellationToken cancel)
    {
        if (!ParameterArguments.TryParse(run.ParameterArguments, out var overrides, out var error))
        {
            _log.WriteLine($"error: {error}");
            return ExitCodes.Usage;
        }
        Watch(Path.GetDirectoryName(Path.GetFullPath(run.ManifestPath))!);
        BuildOnce(overrides);
        if (!settings.Quiet) _log.WriteLine("watching for changes (Ctrl-C to stop)");
        while (!cancel.IsCancellationRequested)
        {
            try
            {
                _changed.Wait(cancel);
                while (_changed.Wait(Debounce, cancel)) { }
            }
            catch (OperationCanceledException)
            {
                break;
            }
            BuildOnce(overrides);
        }
        return ExitCodes.Success;
    }

    private void BuildOnce(IReadOnlyDictionary<string, object?> overrides)
    {
        var clock = Stopwatch.StartNew();
        BuildResult? result = null;
        try
        {
            var diagnostics = new DiagnosticBag();
            var manifest = run.LoadManifest(diagnostics);
            if (manifest is null)
            {
                Print(diagnostics.Items);
                return;
            }
            Follow(manifest);
            SnapshotSetup.EnsureDemo(manifest, settings.Quiet);
            result = ReportBuilder.Build(manifest, run.Options(overrides, manifest, _figures));
            Print(result.Diagnostics);
            if (!settings.Quiet)
            {
                var outcome = result.HasErrors ? "build failed" : $"built {result.Outputs.Count} file(s)";
                _log.WriteLine($"[{DateTime.Now:HH:mm:ss}] {outcome} in {clock.ElapsedMilliseconds} ms; {BlockSummary.Line(result.Blocks, settings.Verbose) ?? "no blocks"}");
            }
        }
        catch (Exception e) when (e is SnapshotException or FontException or OutputFolderLockedException or OutputFolderException or OutputWriteException or IOException or UnauthorizedAccessException)
        {
            _log.WriteLine($"error: {e.Message}");
        }
        finally
        {
            Built?.Invoke(result);
        }
    }

    private void Print(IReadOnlyList<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
            if (!settings.Quiet || diagnostic.Severity == Severity.Error)
                _log.WriteLine(diagnostic.ToString());
    }

    /// <summary>Watches the folders of the manifest's reports too, and learns which paths are outputs (never a reason to rebuild).</summary>
    private void Follow(ManifestSpec manifest)
    {
        _outputFolder = Path.GetFullPath(manifest.OutputFolder);
        _cacheFolder = BuildCache.Beside(manifest.OutputFolder, manifest.BaseFolder).Folder;
        _snapshotPath = Path.GetFullPath(manifest.SnapshotPath);
        foreach (var report in manifest.Reports)
            Watch(Path.GetDirectoryName(Path.GetFullPath(report.Path))!);
    }

    private void Watch(string folder)
    {
        lock (_watchers)
        {
            if (!Directory.Exists(folder) || _watchers.Any(w => IsUnder(folder, w.Path))) return;
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName,
            };
            watcher.Changed += (_, e) => Changed(e.FullPath);
            watcher.Created += (_, e) => Changed(e.FullPath);
            watcher.Deleted += (_, e) => Changed(e.FullPath);
            watcher.Renamed += (_, e) => { Changed(e.OldFullPath); Changed(e.FullPath); };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Changed(string path)
    {
        if (IsRelevant(path)) _changed.Release();
    }

    /// <summary>Specs, SQL and templates, and the snapshot itself; never what the build writes.</summary>
    public bool IsRelevant(string path)
    {
        var full = Path.GetFullPath(path);
        if (_snapshotPath is not null && string.Equals(full, _snapshotPath, StringComparison.Ordinal)) return true;
        if (_outputFolder is not null && IsUnder(full, _outputFolder)) return false;
        if (_cacheFolder is not null && IsUnder(full, _cacheFolder)) return false;
        var name = Path.GetFileName(full);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".tmp", StringComparison.OrdinalIgnoreCase)) return false;
        return WatchedExtensions.Contains(Path.GetExtension(full));
    }

    private static bool IsUnder(string path, string folder)
    {
        var prefix = Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal) || string.Equals(path, Path.TrimEndingDirectorySeparator(folder), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        lock (_watchers)
            foreach (var watcher in _watchers) watcher.Dispose();
        _changed.Dispose();
    }
}
