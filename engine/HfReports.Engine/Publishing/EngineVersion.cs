using System.Reflection;

namespace HfReports.Engine.Publishing;

/// <summary>The engine's version and the commit it was built from, read from its informational
/// version ("0.1.0+&lt;sha&gt;", stamped at build time).</summary>
public sealed record EngineVersion(string Version, string Commit)
{
    public static EngineVersion Current { get; } = Parse(
        typeof(EngineVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    internal static EngineVersion Parse(string? informational)
    {
        if (string.IsNullOrWhiteSpace(informational)) return new EngineVersion("unknown", "unknown");
        var plus = informational.IndexOf('+');
        return plus < 0
            ? new EngineVersion(informational, "unknown")
            : new EngineVersion(informational[..plus], informational[(plus + 1)..]);
    }

    public override string ToString() => $"{Version}+{Commit}";
}
