namespace HfReports.Tests.Support;

/// <summary>
/// The real leaderboard exports live outside the repository in ../shared/data/leaderboard
/// (never copied in). Tests that need them skip with a message when the folder is absent.
/// </summary>
public static class RealExports
{
    public const string V1FileName = "open-llm-leaderboard-v1_2024-07-13.csv";
    public const string V2FileName = "open-llm-leaderboard-v2_2025-03-15.csv";

    public static string? Folder { get; } = FindFolder();

    public static string V1 => Path.Combine(Folder!, V1FileName);
    public static string V2 => Path.Combine(Folder!, V2FileName);

    public static string SkipReason =>
        "real leaderboard exports not found: expected ../shared/data/leaderboard next to the repository (the folder holding HfReports.sln)";

    private static string? FindFolder()
    {
        var folder = RepositoryRoot.SharedLeaderboard;
        return folder is not null && File.Exists(Path.Combine(folder, V1FileName)) && File.Exists(Path.Combine(folder, V2FileName)) ? folder : null;
    }
}

/// <summary>A fact that needs the real exports; skipped with a clear reason when they are absent.</summary>
public sealed class RealExportFactAttribute : FactAttribute
{
    public RealExportFactAttribute()
    {
        if (RealExports.Folder is null) Skip = RealExports.SkipReason;
    }
}
