namespace HfReports.Tests.Support;

/// <summary>
/// What a test needs from the machine: a program, or the shared leaderboard exports. When it is missing the test
/// is reported Skipped with the reason; under CI=true, where .ci/run installs everything, it fails instead, so a
/// missing tool can never pass silently. Call these from [SkippableFact] or [SkippableTheory] tests.
/// </summary>
public static class Requires
{
    /// <summary>CI=true (set by CI services and by the CI run of .ci/run).</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the running test with <paramref name="reason"/> unless <paramref name="available"/>; fails it under CI.</summary>
    public static void That(bool available, string reason)
    {
        if (available) return;
        if (InCi) Assert.Fail($"{reason}; CI=true, where .ci/run must provide it, so this is a failure, not a skip");
        Skip.If(true, reason);
    }

    /// <summary>The full path of a program, given as an absolute path or a name looked up on PATH.</summary>
    public static string Program(string nameOrPath, string debianPackage)
    {
        var found = Find(nameOrPath);
        That(found is not null, $"{nameOrPath} is not installed (apt-get install {debianPackage})");
        return found!;
    }

    /// <summary>Headless Chromium, as the HTML browser checks run it.</summary>
    public static string Chromium() => Program("/usr/bin/chromium", "chromium");

    /// <summary>Poppler's PDF rasteriser, for checks that look at rendered pages.</summary>
    public static string Pdftoppm() => Program("pdftoppm", "poppler-utils");

    /// <summary>The folder of the real leaderboard exports (../shared/data/leaderboard).</summary>
    public static string RealExports()
    {
        That(Support.RealExports.Folder is not null, Support.RealExports.SkipReason);
        return Support.RealExports.Folder!;
    }

    private static string? Find(string nameOrPath)
    {
        if (Path.IsPathRooted(nameOrPath)) return File.Exists(nameOrPath) ? nameOrPath : null;
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, nameOrPath))
            .FirstOrDefault(File.Exists);
    }
}
