namespace HfReports.Engine.Spec;

/// <summary>The engines a snapshot can live in. The engine follows from where the snapshot is (<see cref="SnapshotLocation"/>).</summary>
public enum SnapshotEngine
{
    Sqlite,
    DuckDb,
    Postgres,
}

/// <summary>
/// Where a snapshot is, as given to <c>--snapshot</c>, <c>--out</c> or <c>snapshot:</c> in reports.yaml: a <c>postgres://</c> URL
/// or an Npgsql connection string is a PostgreSQL database, a file whose name ends in <c>.duckdb</c> is a DuckDB database, and
/// any other path is a SQLite file (the default). A server location never holds a password: it comes from PGPASSWORD or
/// ~/.pgpass, so the location can be printed, written in manifests and kept in reports.yaml.
/// </summary>
public static class SnapshotLocation
{
    public static SnapshotEngine EngineOf(string location) =>
        IsServer(location) ? SnapshotEngine.Postgres
        : location.EndsWith(".duckdb", StringComparison.OrdinalIgnoreCase) ? SnapshotEngine.DuckDb
        : SnapshotEngine.Sqlite;

    /// <summary>A PostgreSQL URL (postgres:// or postgresql://) or an Npgsql connection string (Host=...;Database=...).</summary>
    internal static bool IsServer(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (location.Contains('=') && location.Contains("host", StringComparison.OrdinalIgnoreCase) && !location.Contains('/') && !location.Contains('\\'));

    /// <summary>A file location made absolute against <paramref name="baseFolder"/>; a server location unchanged.</summary>
    public static string Resolve(string location, string baseFolder) =>
        IsServer(location) ? location : Path.GetFullPath(Path.Combine(baseFolder, location));

    /// <summary>The engine's name as users write it in <c>sql:</c> variants and read it in messages.</summary>
    public static string Name(SnapshotEngine engine) => engine switch
    {
        SnapshotEngine.DuckDb => "duckdb",
        SnapshotEngine.Postgres => "postgres",
        _ => "sqlite",
    };

    /// <summary>Engine names accepted as keys of per-engine <c>sql:</c> variants.</summary>
    public static IReadOnlyList<string> Names => SqlEngineNames.All;
}
