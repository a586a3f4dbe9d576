using HfReports.Engine.Spec;

namespace HfReports.Cli.Backends;

/// <summary>
/// Where the snapshot schema (data/schema.sql, written for SQLite) differs on DuckDB and PostgreSQL: one place per rule.
/// Column types map one to one (integers stay 64-bit, reals double, text text; dates stay ISO text on every engine),
/// and a view whose SQLite text the other engines do not read is given here per engine. Everything else is SQLite's
/// own text, so the cleaning rules (data/clean.sql) are written once: they run on SQLite and their result is copied.
/// </summary>
public static class EngineSchema
{
    public static string ColumnType(string sqliteType, SnapshotEngine engine) => (sqliteType.ToUpperInvariant(), engine) switch
    {
        ("INTEGER", SnapshotEngine.Postgres) => "bigint",
        ("INTEGER", _) => "BIGINT",
        ("REAL", SnapshotEngine.Postgres) => "double precision",
        ("REAL", _) => "DOUBLE",
        ("BLOB", SnapshotEngine.Postgres) => "bytea",
        ("BLOB", _) => "BLOB",
        (_, SnapshotEngine.Postgres) => "text",
        _ => "VARCHAR",
    };

    /// <summary>Views whose SQLite definition another engine does not read. author_activity: SQLite's group_concat follows
    /// the order of its ordered subquery; DuckDB and PostgreSQL order string_agg themselves.</summary>
    private static readonly Dictionary<(string View, SnapshotEngine Engine), string> Views = new()
    {
        [("author_activity", SnapshotEngine.DuckDb)] = AuthorActivity,
        [("author_activity", SnapshotEngine.Postgres)] = AuthorActivity,
    };

    private const string AuthorActivity = """
        CREATE VIEW author_activity AS
        SELECT author AS author_name,
               COUNT(*) AS num_of_repos,
               string_agg(repo, ', ' ORDER BY repo) AS list_of_repos
        FROM human_commit_authors
        GROUP BY author
        """;

    /// <summary>The view's definition on <paramref name="engine"/>: its own when it has one, else SQLite's text.</summary>
    public static string View(string name, string sqliteSql, SnapshotEngine engine) =>
        Views.TryGetValue((name, engine), out var own) ? own : sqliteSql;

    /// <summary>data/clean.sql for <paramref name="engine"/>. SQLite inserts the cleaned models in the order of its
    /// temporary best-entry table, which its window filled in repository-id order (no second sort of the wide rows);
    /// DuckDB's window output has no order, so it sorts by repository id to give `models` the same row order.</summary>
    public static string CleanScript(SnapshotEngine engine)
    {
        if (engine == SnapshotEngine.Sqlite) return Ingest.Snapshot.SnapshotSchema.CleanScript;
        const string sqliteOrder = "ORDER BY b.rowid;";
        var script = Ingest.Snapshot.SnapshotSchema.CleanScript;
        if (!script.Contains(sqliteOrder, StringComparison.Ordinal)) throw new InvalidOperationException($"data/clean.sql no longer inserts models {sqliteOrder}");
        return script.Replace(sqliteOrder, "ORDER BY d.fullname;", StringComparison.Ordinal);
    }
}
