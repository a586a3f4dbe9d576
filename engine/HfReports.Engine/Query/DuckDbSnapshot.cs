using System.Data.Common;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

using HfReports.Engine.Spec;

namespace HfReports.Engine.Query;

/// <summary>
/// A DuckDB snapshot (a file whose name ends in .duckdb) opened for a build: ACCESS_MODE=READ_ONLY, external access
/// (files, HTTP, ATTACH, COPY) and extension loading and installing disabled, then the configuration locked so no
/// query can turn them back on. Each query must be one statement (DuckDB's own parser counts them) that DuckDB accepts
/// as a subquery, which only a SELECT (or VALUES, or a FROM-first query) is.
/// </summary>
internal sealed class DuckDbSnapshot : AdoSnapshot
{
    /// <summary>The most memory DuckDB may use for one build's connection before it fails a query.</summary>
    public const string MemoryLimit = "1GB";

    private readonly DuckDBConnection _connection;

    public override SnapshotEngine Engine => SnapshotEngine.DuckDb;

    protected override DbConnection Connection => _connection;

    private DuckDbSnapshot(string path, DuckDBConnection connection) : base(path) => _connection = connection;

    /// <summary>The connection string of a read-only, locked-down connection to <paramref name="path"/>.</summary>
    public static string ReadOnlyConnectionString(string path) => new DuckDBConnectionStringBuilder
    {
        DataSource = path,
        AccessMode = DuckDBAccessMode.ReadOnly,
        EnableExternalAccess = false,
        AutoloadKnownExtensions = false,
        AutoinstallKnownExtensions = false,
        AllowCommunityExtensions = false,
        AllowUnsignedExtensions = false,
        AllowPersistentSecrets = false,
        MemoryLimit = MemoryLimit,
        // A query that needs more memory fails rather than spilling into a folder beside the snapshot.
        MaxTempDirectorySize = "0B",
        LockConfiguration = true,
    }.ToString();

    public static DuckDbSnapshot Open(string path)
    {
        if (!File.Exists(path))
            throw new SnapshotException($"snapshot '{path}' does not exist");
        var connection = new DuckDBConnection(ReadOnlyConnectionString(path));
        try
        {
            connection.Open();
            return new DuckDbSnapshot(path, connection);
        }
        catch (Exception e) when (e is DuckDBException or InvalidOperationException or ArgumentException)
        {
            connection.Dispose();
            throw new SnapshotException($"snapshot '{path}' cannot be opened as a DuckDB database: {e.Message}");
        }
    }

    protected override void CheckSingleSelect(string sql, int significantEnd, object[] values, TimeSpan timeout)
    {
        var native = _connection.NativeConnection;
        var count = NativeMethods.ExtractStatements.DuckDBExtractStatements(native, sql, out var extracted);
        using (extracted)
        {
            if (count == 0) throw new QuerySqlException(NativeMethods.ExtractStatements.DuckDBExtractStatementsError(extracted));
        }
        if (count > 1) throw new QueryRefusedException("the query holds more than one SQL statement; a data block runs a single SELECT");
        // Prepared only (bound, planned, never run): DuckDB parses the wrapped text only when the statement is a query.
        var wrapped = $"SELECT * FROM (\n{sql[..significantEnd]}\n) AS checked_query";
        var state = NativeMethods.PreparedStatements.DuckDBPrepare(native, wrapped, out var prepared);
        using (prepared)
        {
            if (state == DuckDBState.Success) return;
            var error = NativeMethods.PreparedStatements.DuckDBPrepareError(prepared) ?? "cannot be prepared";
            if (error.StartsWith("Parser Error", StringComparison.Ordinal))
                throw new QueryRefusedException($"{StatementGuard.FirstWord(sql)} statements are refused: the snapshot is read-only and a data block runs a single SELECT");
            throw new QuerySqlException(error);
        }
    }

    protected override void Run(DbCommand command, TimeSpan timeout, Action<DbDataReader> read)
    {
        using var reader = command.ExecuteReader();
        read(reader);
    }

    protected override void Interrupt(DbCommand? command) => NativeMethods.Startup.DuckDBInterrupt(_connection.NativeConnection);

    // DuckDB lists every overload of a function it could not match; the first lines say what is wrong and where.
    protected override string? Message(Exception e) => e is DuckDBException
        ? System.Text.RegularExpressions.Regex.Replace(e.Message, @"\n\s*Candidate functions:(\n\t[^\n]*)*\n*", "\n").Trim()
        : null;

    protected override bool WasInterrupted(Exception e) => e.Message.Contains("INTERRUPT", StringComparison.OrdinalIgnoreCase);

    public override void Dispose() => _connection.Dispose();
}
