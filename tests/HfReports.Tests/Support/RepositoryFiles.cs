namespace HfReports.Tests.Support;

/// <summary>Finds files of the repository (the folder holding HfReports.sln) from the test's output folder.</summary>
public static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "HfReports.sln"))) return folder.FullName;
        throw new InvalidOperationException($"no HfReports.sln above {AppContext.BaseDirectory}");
    }
}
