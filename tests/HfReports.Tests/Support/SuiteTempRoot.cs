using System.Runtime.CompilerServices;

namespace HfReports.Tests.Support;

/// <summary>
/// The test suite's own temporary folder: before any test runs, TMPDIR points at a fresh folder, so every temporary
/// file of the suite (Path.GetTempPath, Directory.CreateTempSubdirectory, and the child processes it starts) lands
/// there. <see cref="SuiteCleanupTests"/> checks it is empty once every other test has finished; the folder itself is
/// removed when the test process exits, so even a failed run leaves nothing in the system temp folder.
/// </summary>
public static class SuiteTempRoot
{
    public static string Path { get; private set; } = "";

    [ModuleInitializer]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2255", Justification = "the suite's temp root must be set before any test runs")]
    internal static void Create()
    {
        // Short: programs put Unix sockets below it (Chromium's SingletonSocket), whose paths are limited to 107 bytes.
        Path = Directory.CreateTempSubdirectory("hfr-tests-").FullName;
        Environment.SetEnvironmentVariable("TMPDIR", Path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(Path, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        };
    }

    /// <summary>What is left in the root (names relative to it), files and folders.</summary>
    public static string[] Leftovers() =>
        Directory.Exists(Path)
            ? Directory.GetFileSystemEntries(Path).Select(entry => System.IO.Path.GetFileName(entry)!).Order(StringComparer.Ordinal).ToArray()
            : [];
}
