using System.Data.Common;
using System.Globalization;
using HfReports.Engine.Spec;
using Npgsql;

namespace HfReports.Engine.Query;

/// <summary>
/// A PostgreSQL snapshot (a postgres:// URL or an Npgsql connection string): every query runs in its own READ ONLY
/// transaction with a LOCAL statement_timeout, rolled back afterwards, so whatever a query set is undone with it. The
/// password comes only from PGPASSWORD or ~/.pgpass (libpq's rules, as Npgsql applies them): a location that holds one is
/// refused, so no location written in reports.yaml or printed in a message can leak it. The SQL is sent as it is written
/// (no client-side splitting), so the server itself refuses more than one statement; a query must also be accepted as a
/// subquery, which only a SELECT (or VALUES) is. The role a team gives builds should only be allowed to SELECT
/// (SECURITY.md).
/// </summary>
internal sealed class PostgresSnapshot : AdoSnapshot
{
    static PostgresSnapshot() =>
        // Statements go to the server exactly as written: with rewriting off, Npgsql neither splits on ';' nor rewrites placeholders.
        AppContext.SetSwitch("Npgsql.EnableSqlRewriting", false);

    private readonly NpgsqlConnection _connection;

    public override SnapshotEngine Engine => SnapshotEngine.Postgres;

    protected override DbConnection Connection => _connection;

    private PostgresSnapshot(string path, NpgsqlConnection connection) : base(path) => _connection = connection;

    public static PostgresSnapshot Open(string location)
    {
        var connection = new NpgsqlConnection(PostgresLocation.ConnectionString(location));
        try
        {
            connection.Open();
            return new PostgresSnapshot(location, connection);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or ArgumentException)
        {
            connection.Dispose();
            throw new SnapshotException($"snapshot '{location}' cannot be opened: {PostgresLocation.WithoutSecrets(e.Message)}");
        }
    }

    protected override void CheckSingleSelect(string sql, int significantEnd, object[] values, TimeSpan timeout)
    {
        // Planned and stopped before its first row: only a query parses as a subquery.
        var check = $"SELECT * FROM (\n{sql[..significantEnd]}\n) AS checked_query LIMIT 0";
        Begin(timeout);
        try
        {
            using var command = _connection.CreateCommand();
            command.CommandText = check;
            foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value });
            command.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.SyntaxError && e.Position > 0 && e.Position <= check.Length && check[e.Position - 1] == ';')
        {
            throw new QueryRefusedException("the query holds more than one SQL statement; a data block runs a single SELECT");
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.SyntaxError && !IsQueryWord(StatementGuard.FirstWord(sql)))
        {
            throw new QueryRefusedException($"{StatementGuard.FirstWord(sql)} statements are refused: the snapshot is read-only and a data block runs a single SELECT");
        }
        finally
        {
            End();
        }
    }

    private static bool IsQueryWord(string word) => word is "SELECT" or "WITH" or "VALUES" or "TABLE" or "such";

    protected override void Run(DbCommand command, TimeSpan timeout, Action<DbDataReader> read)
    {
        Begin(timeout);
        try
        {
            using var reader = command.ExecuteReader();
            read(reader);
        }
        finally
        {
            End();
        }
    }

    private void Begin(TimeSpan timeout)
    {
        var milliseconds = timeout == Timeout.InfiniteTimeSpan ? 0 : (long)Math.Ceiling(timeout.TotalMilliseconds);
        using var begin = _connection.CreateCommand();
        begin.CommandText = "BEGIN TRANSACTION READ ONLY";
        begin.ExecuteNonQuery();
        begin.CommandText = $"SET LOCAL statement_timeout = {milliseconds.ToString(CultureInfo.InvariantCulture)}";
        begin.ExecuteNonQuery();
    }

    private void End()
    {
        if (_connection.State != System.Data.ConnectionState.Open) return;
        using var rollback = _connection.CreateCommand();
        rollback.CommandText = "ROLLBACK";
        rollback.ExecuteNonQuery();
    }

    protected override void Interrupt(DbCommand? command) => command?.Cancel();

    protected override string? Message(Exception e) => e switch
    {
        PostgresException p => p.MessageText + (p.Hint is { Length: > 0 } hint ? $" ({hint})" : ""),
        NpgsqlException n => PostgresLocation.WithoutSecrets(n.Message),
        _ => null,
    };

    protected override bool WasInterrupted(Exception e) => e is PostgresException { SqlState: PostgresErrorCodes.QueryCanceled };

    public override void Dispose() => _connection.Dispose();
}
