namespace HfReports.Tests.Support;

/// <summary>
/// The real leaderboard exports live outside the repository in ../shared/data/leaderboard
/// (never copied in). Tests that need them skip with a message when the folder is absent, except
/// under CI=true, where CI always has it: there they run and fail, naming what is missing.
/// </summary>
public static class RealExports
{
    public const string V1FileName = "open-llm-leaderboard-v1_2024-07-13.csv";
    public const string V2FileName = "open-llm-leaderboard-v2_2025-03-15.csv";
    public const string V2LegacyFileName = "open-llm-leaderboard-v2_2024-12-10.csv";

    /// <summary>The folder, when it holds every export the tests read; null otherwise.</summary>
    public static string? Folder { get; } = FindFolder();

    /// <summary>True when the tests must run even without the folder (CI=true): a missing export is then a failure.</summary>
    public static bool Required { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Fixtures import the exports when they are here or required (and then fail naming the folder).</summary>
    public static bool ShouldRead => Folder is not null || Required;

    public static string V1 => InFolder(V1FileName);
    public static string V2 => InFolder(V2FileName);
    /// <summary>The older v2 export with the v1-like header (format `v2-legacy-csv`).</summary>
    public static string V2Legacy => InFolder(V2LegacyFileName);

    public static string SkipReason =>
        $"real leaderboard exports not found: expected ../shared/data/leaderboard next to the repository (the folder holding HfReports.sln) with {V1FileName}, {V2FileName} and {V2LegacyFileName}";

    private static string InFolder(string fileName) =>
        Path.Combine(Folder ?? throw new InvalidOperationException($"CI=true and {SkipReason}"), fileName);

    private static string? FindFolder()
    {
        var folder = RepositoryRoot.SharedLeaderboard;
        return folder is not null && new[] { V1FileName, V2FileName, V2LegacyFileName }.All(name => File.Exists(Path.Combine(folder, name)))
            ? folder
            : null;
    }
}

/// <summary>A fact that needs the real exports; skipped with a clear reason when they are absent (a failure under CI=true).</summary>
public sealed class RealExportFactAttribute : FactAttribute
{
    public RealExportFactAttribute()
    {
        if (!RealExports.ShouldRead) Skip = RealExports.SkipReason;
    }
}

/// <summary>A theory that needs the real exports; skipped with a clear reason when they are absent (a failure under CI=true).</summary>
public sealed class RealExportTheoryAttribute : TheoryAttribute
{
    public RealExportTheoryAttribute()
    {
        if (!RealExports.ShouldRead) Skip = RealExports.SkipReason;
    }
}
