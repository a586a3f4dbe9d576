namespace HfReports.Tests.Support;

/// <summary>Files of the repository by their path relative to its root.</summary>
public static class RepositoryFiles
{
    public static string Root => RepositoryRoot.Path;

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
