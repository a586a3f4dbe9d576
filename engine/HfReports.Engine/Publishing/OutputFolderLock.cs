using System.Globalization;

namespace HfReports.Engine.Publishing;

/// <summary>
/// Holds the output folder for one build: `.hfreports.lock` opened with no sharing for the build's
/// duration, so a second build writing to the same folder fails at once instead of interleaving its
/// files with ours. The operating system drops the lock when the process ends, however it ends, so
/// a killed build never leaves the folder locked. The file itself stays (deleting a lock file others
/// may have opened would let two builds hold "the" lock); a note beside it names the holder.
/// </summary>
internal sealed class OutputFolderLock : IDisposable
{
    public const string FileName = ".hfreports.lock";
    private const string OwnerFileName = ".hfreports.lock.owner";

    private readonly FileStream _lock;

    private OutputFolderLock(FileStream held) => _lock = held;

    /// <exception cref="OutputFolderLockedException">Another build holds the folder.</exception>
    /// <exception cref="OutputFolderException">The folder is a file, or cannot be created or written.</exception>
    public static OutputFolderLock Acquire(string folder)
    {
        if (File.Exists(folder))
            throw new OutputFolderException(folder, "it is a file, not a folder");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException(folder, $"it cannot be created ({e.Message})");
        }
        FileStream held;
        var lockPath = Path.Combine(folder, FileName);
        var existed = File.Exists(lockPath);
        try
        {
            held = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new OutputFolderException(folder, $"it cannot be written ({e.Message})");
        }
        catch (IOException e)
        {
            // Only a lock file that is there can be held by another build; anything else is the folder itself.
            if (!existed) throw new OutputFolderException(folder, $"it cannot be written ({e.Message})");
            throw new OutputFolderLockedException(folder, ReadOwner(folder));
        }
        try
        {
            File.WriteAllText(Path.Combine(folder, OwnerFileName), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        }
        catch (IOException) { /* the note is a courtesy; the lock is what counts */ }
        return new OutputFolderLock(held);
    }

    private static int? ReadOwner(string folder)
    {
        try
        {
            return int.TryParse(File.ReadAllText(Path.Combine(folder, OwnerFileName)).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? id : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public void Dispose() => _lock.Dispose();
}

/// <summary>Another build is writing to the same output folder.</summary>
public sealed class OutputFolderLockedException(string folder, int? ownerProcessId)
    : Exception($"the output folder '{folder}' is in use by another build{(ownerProcessId is { } id ? $" (process {id})" : "")}; " +
        "wait for it to finish or build to another folder with --output")
{
    public string Folder { get; } = folder;
    public int? OwnerProcessId { get; } = ownerProcessId;
}

/// <summary>The output folder is a file, or cannot be created or written (a read-only file system, no permission).</summary>
public sealed class OutputFolderException(string folder, string why)
    : Exception($"the output folder '{folder}' cannot be used: {why}; choose another with --output");
