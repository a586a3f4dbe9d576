namespace HfReports.Tests.Support;

/// <summary>Finds the repository (the folder holding HfReports.sln) and the shared reference data beside it.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>../shared/data/leaderboard next to the repository, or null when this machine has no shared folder.</summary>
    public static string? SharedLeaderboard
    {
        get
        {
            var folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, "..", "shared", "data", "leaderboard"));
            return Directory.Exists(folder) ? folder : null;
        }
    }

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "HfReports.sln")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("HfReports.sln not found above the test binaries");
    }
}
