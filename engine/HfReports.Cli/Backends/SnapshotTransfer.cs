using System.Data.Common;
using DuckDB.NET.Data;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Ingest.Snapshot;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace HfReports.Cli.Backends;

/// <summary>
/// Writes a finished SQLite snapshot into DuckDB or PostgreSQL with the same tables, columns and views
/// (<see cref="EngineSchema"/>), so import, demo and enrich build every engine's snapshot with one set of rules.
/// A DuckDB file is written beside the target and moved into place at the end; a PostgreSQL snapshot is written in
/// one transaction. Either way a failure or an interruption leaves the previous snapshot as it was.
/// </summary>
public static class SnapshotTransfer
{
    /// <summary>How many rows are copied between two looks at the cancellation (Ctrl-C stops a large table quickly).</summary>
    private const int CancellationCheckRows = 65_536;

    public sealed record Table(string Name, IReadOnlyList<(string Name, string Type, bool NotNull, int Key)> Columns);

    /// <param name="replace">Whether an existing snapshot at <paramref name="target"/> may be replaced.</param>
    /// <exception cref="ArgumentException">The target exists and <paramref name="replace"/> is false.</exception>
    public static void Copy(string sqlitePath, string target, bool replace, CancellationToken cancellation)
    {
        using var source = SnapshotConnection.OpenReadWrite(sqlitePath, create: false);
        var tables = Tables(source);
        var views = Objects(source, "view");
        var indexes = Objects(source, "index");
        switch (SnapshotLocation.EngineOf(target))
        {
            case SnapshotEngine.DuckDb:
                ToDuckDb(source, tables, views, target, replace, cancellation);
                break;
            case SnapshotEngine.Postgres:
                ToPostgres(source, tables, views, indexes, target, replace, cancellation);
                break;
            default:
                throw new ArgumentException($"'{target}' is a SQLite snapshot; nothing to copy");
        }
    }

    /// <summary>Builds a SQLite snapshot with <paramref name="write"/> and copies it to <paramref name="target"/>; a SQLite
    /// target is written directly. The intermediate SQLite file is deleted whatever happens.</summary>
    public static T Write<T>(string target, bool replace, Func<string, T> write, CancellationToken cancellation)
    {
        var engine = SnapshotLocation.EngineOf(target);
        if (engine == SnapshotEngine.Sqlite) return write(target);
        if (!replace && Exists(target))
            throw new ArgumentException($"{target} exists; a {SnapshotLocation.Name(engine)} snapshot is written whole from a SQLite one, so give --force to replace it (or import into a SQLite snapshot and write it with --out once complete)");
        var folder = Path.Combine(Path.GetTempPath(), $"hfreports-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            var staged = Path.Combine(folder, "snapshot.db");
            var result = write(staged);
            cancellation.ThrowIfCancellationRequested();
            Copy(staged, target, replace: true, cancellation);
            return result;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool Exists(string target)
    {
        if (SnapshotLocation.EngineOf(target) != SnapshotEngine.Postgres) return File.Exists(target);
        using var connection = new NpgsqlConnection(PostgresLocation.ConnectionString(target));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select to_regclass('snapshot_meta') is not null";
        return command.ExecuteScalar() is true;
    }

    private static List<Table> Tables(SqliteConnection source)
    {
        var tables = new List<Table>();
        foreach (var name in Objects(source, "table").Select(o => o.Name))
        {
            using var info = source.CreateCommand();
            info.CommandText = "select name, type, \"notnull\", pk from pragma_table_info($name) order by cid";
            info.Parameters.AddWithValue("$name", name);
            using var reader = info.ExecuteReader();
            var columns = new List<(string, string, bool, int)>();
            while (reader.Read()) columns.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2) == 1, (int)reader.GetInt64(3)));
            tables.Add(new Table(name, columns));
        }
        return tables;
    }

    /// <summary>The schema's tables, views or indexes in the order they were created (SQLite's own and automatic ones left out).</summary>
    private static List<(string Name, string Sql)> Objects(SqliteConnection source, string type)
    {
        using var command = source.CreateCommand();
        command.CommandText = "select name, sql from sqlite_master where type = $type and name not like 'sqlite_%' and sql is not null order by rowid";
        command.Parameters.AddWithValue("$type", type);
        using var reader = command.ExecuteReader();
        var found = new List<(string, string)>();
        while (reader.Read()) found.Add((reader.GetString(0), reader.GetString(1)));
        return found;
    }

    private static string CreateTable(Table table, SnapshotEngine engine, bool keys)
    {
        var columns = table.Columns.Select(c => $"{Quote(c.Name)} {EngineSchema.ColumnType(c.Type, engine)}{(c.NotNull ? " NOT NULL" : "")}").ToList();
        var key = table.Columns.Where(c => c.Key > 0).OrderBy(c => c.Key).Select(c => Quote(c.Name)).ToList();
        if (keys && key.Count > 0) columns.Add($"PRIMARY KEY ({string.Join(", ", key)})");
        return $"CREATE TABLE {Quote(table.Name)} ({string.Join(", ", columns)})";
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static SqliteDataReader ReadAll(SqliteConnection source, Table table)
    {
        var command = source.CreateCommand();
        command.CommandText = $"select {string.Join(", ", table.Columns.Select(c => Quote(c.Name)))} from {Quote(table.Name)}";
        return command.ExecuteReader(System.Data.CommandBehavior.CloseConnection & ~System.Data.CommandBehavior.CloseConnection);
    }

    private static void ToDuckDb(SqliteConnection source, List<Table> tables, List<(string Name, string Sql)> views, string target, bool replace,
        CancellationToken cancellation)
    {
        var full = Path.GetFullPath(target);
        if (!replace && File.Exists(full)) throw new ArgumentException($"{target} exists; give --force to replace it");
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var staged = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var connection = new DuckDBConnection($"Data Source={staged}"))
            {
                connection.Open();
                CopyToDuckDb(source, tables, views, connection, cancellation);
                Execute(connection, "CHECKPOINT");
            }
            File.Move(staged, full, overwrite: true);
        }
        finally
        {
            File.Delete(staged);
            File.Delete(staged + ".wal");
        }
    }

    /// <summary>Creates the tables of <paramref name="source"/> in <paramref name="connection"/>, appends their rows, then
    /// creates the views (each engine's text).</summary>
    private static void CopyToDuckDb(SqliteConnection source, List<Table> tables, List<(string Name, string Sql)> views, DuckDBConnection connection,
        CancellationToken cancellation)
    {
        // Columnar files need no indexes; keys were enforced by the SQLite build the rows come from.
        foreach (var table in tables)
        {
            Execute(connection, CreateTable(table, SnapshotEngine.DuckDb, keys: false));
            using var appender = connection.CreateAppender(table.Name);
            using var reader = ReadAll(source, table);
            var types = table.Columns.Select(c => EngineSchema.ColumnType(c.Type, SnapshotEngine.DuckDb)).ToArray();
            long copied = 0;
            while (reader.Read())
            {
                var row = appender.CreateRow();
                for (var i = 0; i < types.Length; i++)
                {
                    if (reader.IsDBNull(i)) row.AppendNullValue();
                    else if (types[i] == "BIGINT") row.AppendValue(reader.GetInt64(i));
                    else if (types[i] == "DOUBLE") row.AppendValue(reader.GetDouble(i));
                    else if (types[i] == "BLOB") row.AppendValue((byte[])reader.GetValue(i));
                    else row.AppendValue(reader.GetString(i));
                }
                row.EndRow();
                if (++copied % CancellationCheckRows == 0) cancellation.ThrowIfCancellationRequested();
            }
            cancellation.ThrowIfCancellationRequested();
        }
        foreach (var (name, sql) in views) Execute(connection, EngineSchema.View(name, sql, SnapshotEngine.DuckDb));
    }

    /// <summary>Gives a new DuckDB database the snapshot schema of data/schema.sql, empty but for the rows the schema
    /// itself inserts (model types, architecture names, overrides): applied to an in-memory SQLite database and copied.</summary>
    public static void CreateEmptyDuckDbSchema(DuckDBConnection connection)
    {
        using var source = new SqliteConnection("Data Source=:memory:");
        source.Open();
        using (var create = source.CreateCommand())
        {
            create.CommandText = SnapshotSchema.CreateScript;
            create.ExecuteNonQuery();
        }
        CopyToDuckDb(source, Tables(source), Objects(source, "view"), connection, CancellationToken.None);
    }

    /// <summary>The columns of a DuckDB table in their order, with their types (BIGINT, DOUBLE, VARCHAR, BLOB).</summary>
    public static List<(string Name, string Type)> DuckDbColumns(DuckDBConnection connection, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"select column_name, data_type from information_schema.columns where table_name = '{table.Replace("'", "''")}' order by ordinal_position";
        using var reader = command.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read()) columns.Add((reader.GetString(0), reader.GetString(1)));
        return columns;
    }

    private static void ToPostgres(SqliteConnection source, List<Table> tables, List<(string Name, string Sql)> views,
        List<(string Name, string Sql)> indexes, string target, bool replace, CancellationToken cancellation)
    {
        using var connection = new NpgsqlConnection(PostgresLocation.ConnectionString(target));
        connection.Open();
        using var transaction = connection.BeginTransaction();
        if (replace)
        {
            foreach (var (name, _) in Enumerable.Reverse(views)) Execute(connection, $"DROP VIEW IF EXISTS {Quote(name)} CASCADE");
            foreach (var table in Enumerable.Reverse(tables)) Execute(connection, $"DROP TABLE IF EXISTS {Quote(table.Name)} CASCADE");
        }
        foreach (var table in tables)
        {
            Execute(connection, CreateTable(table, SnapshotEngine.Postgres, keys: true));
            var types = table.Columns.Select(c => EngineSchema.ColumnType(c.Type, SnapshotEngine.Postgres)).ToArray();
            using (var writer = connection.BeginBinaryImport($"COPY {Quote(table.Name)} ({string.Join(", ", table.Columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)"))
            using (var reader = ReadAll(source, table))
            {
                long copied = 0;
                while (reader.Read())
                {
                    writer.StartRow();
                    for (var i = 0; i < types.Length; i++)
                    {
                        if (reader.IsDBNull(i)) writer.WriteNull();
                        else if (types[i] == "bigint") writer.Write(reader.GetInt64(i), NpgsqlDbType.Bigint);
                        else if (types[i] == "double precision") writer.Write(reader.GetDouble(i), NpgsqlDbType.Double);
                        else if (types[i] == "bytea") writer.Write((byte[])reader.GetValue(i), NpgsqlDbType.Bytea);
                        else writer.Write(reader.GetString(i), NpgsqlDbType.Text);
                    }
                    if (++copied % CancellationCheckRows == 0) cancellation.ThrowIfCancellationRequested();
                }
                writer.Complete();
            }
            cancellation.ThrowIfCancellationRequested();
        }
        foreach (var (_, sql) in indexes) Execute(connection, sql);
        foreach (var (name, sql) in views) Execute(connection, EngineSchema.View(name, sql, SnapshotEngine.Postgres));
        Execute(connection, "ANALYZE");
        transaction.Commit();
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
