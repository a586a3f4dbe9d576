namespace HfReports.Tests.Support;

/// <summary>
/// Completes <see cref="Task"/> when a file matching the pattern exists in the folder (already, or created later):
/// an event to wait on, with a generous limit, instead of polling with a short deadline.
/// </summary>
public sealed class FileWatch : IDisposable
{
    private readonly FileSystemWatcher _watcher;
    private readonly TaskCompletionSource _created = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FileWatch(string folder, string pattern)
    {
        _watcher = new FileSystemWatcher(folder, pattern);
        _watcher.Created += (_, _) => _created.TrySetResult();
        _watcher.EnableRaisingEvents = true;
        if (Directory.GetFiles(folder, pattern).Length > 0) _created.TrySetResult();
    }

    public Task Task => _created.Task;

    public void Dispose() => _watcher.Dispose();
}
