namespace HfReports.Engine.Spec;

/// <summary>The engine names a spec may key per-engine <c>sql:</c> variants by; the query layer names its engines with them.</summary>
internal static class SqlEngineNames
{
    public static readonly IReadOnlyList<string> All = ["sqlite", "duckdb", "postgres"];
}
