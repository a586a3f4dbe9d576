using System.Reflection;

namespace HfReports.Engine.Build.Caching;

/// <summary>
/// Identifies the code that computed a cache entry: the engine's version and the build identity (MVID) of
/// the engine and the SQLite and chart libraries. Builds are deterministic, so any change to the engine's
/// code gives a new MVID and a cold cache, even between two commits' worth of uncommitted edits.
/// </summary>
internal static class EngineFingerprint
{
    public static string Value { get; } = string.Join(";",
        new[] { typeof(EngineFingerprint).Assembly, typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly, typeof(ScottPlot.Plot).Assembly }
            .Select(a => $"{a.GetName().Name}:{a.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}:{a.ManifestModule.ModuleVersionId}"));
}
