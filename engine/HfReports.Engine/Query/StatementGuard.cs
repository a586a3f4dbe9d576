using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace HfReports.Engine.Query;

/// <summary>
/// SQLite's authorizer on a snapshot connection: every action of every statement prepared on it is
/// checked, and anything but reading (writes, ATTACH, transactions, state-changing PRAGMAs,
/// load_extension) is denied. <see cref="Prepare"/> prepares a query once, before it runs, so a refusal is
/// reported with what was refused, not SQLite's bare "not authorized". One guard per connection;
/// like the connection itself it is not for concurrent use.
/// </summary>
internal sealed class StatementGuard
{
    /// <summary>PRAGMAs that only report: allowed with no argument (a value would set them).</summary>
    private static readonly HashSet<string> ReportingPragmas = new(StringComparer.OrdinalIgnoreCase)
    {
        "application_id", "collation_list", "compile_options", "data_version", "encoding", "freelist_count",
        "function_list", "module_list", "page_count", "page_size", "pragma_list", "schema_version", "table_list", "user_version",
    };

    /// <summary>PRAGMAs whose argument names a table or index to describe, so an argument is harmless.</summary>
    private static readonly HashSet<string> DescribingPragmas = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign_key_list", "index_info", "index_list", "index_xinfo", "table_info", "table_xinfo",
    };

    /// <summary>Functions that reach outside the database (files, native code), whether or not this build of SQLite has them.</summary>
    private static readonly HashSet<string> RefusedFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "load_extension", "fts3_tokenizer", "readfile", "writefile", "edit",
    };

    // Kept in a field so the delegate SQLite calls back into is never collected.
    private readonly delegate_authorizer _authorize;
    private readonly SqliteConnection _connection;
    private bool _inspecting;
    private int? _firstAction;
    private string? _refusal;
    private string? _bookkeepingRefusal;

    private StatementGuard(SqliteConnection connection)
    {
        _connection = connection;
        _authorize = Authorize;
    }

    public static StatementGuard Install(SqliteConnection connection)
    {
        var guard = new StatementGuard(connection);
        raw.sqlite3_set_authorizer(connection.Handle, guard._authorize, null);
        return guard;
    }

    /// <summary>Prepares <paramref name="sql"/> once, for the caller to run, if it is one read-only statement; null when
    /// it holds only blanks and comments.</summary>
    /// <exception cref="QueryRefusedException">Anything but one read-only statement.</exception>
    /// <exception cref="SqliteException">The SQL does not compile, or preparing it was interrupted or ran out of memory.</exception>
    public sqlite3_stmt? Prepare(string sql)
    {
        // While inspecting, the authorizer records refusals but allows what only acts when the statement runs, so
        // SQLite reports every action and the most telling refusal can be named. A refused PRAGMA is denied at once:
        // SQLite carries some out while preparing (temp_store_directory would move the process's temporary folder).
        // The returned statement is run only when nothing was refused; SQLite re-preparing it later (after a schema
        // change) meets the authorizer in earnest.
        _inspecting = true;
        sqlite3_stmt? first = null;
        try
        {
            first = PrepareOne(sql, out var tail);
            if (first is null) return null;
            if (!string.IsNullOrWhiteSpace(tail))
            {
                sqlite3_stmt? second;
                try
                {
                    second = PrepareOne(tail, out _);
                }
                catch (QueryRefusedException)
                {
                    second = null;
                    throw MoreThanOne();
                }
                using (second)
                    if (second is not null) throw MoreThanOne();
            }
            var checkedStatement = first;
            first = null;
            return checkedStatement;
        }
        finally
        {
            first?.Dispose();
            _inspecting = false;
        }
    }

    private static QueryRefusedException MoreThanOne() =>
        new("the query holds more than one SQL statement; a data block runs a single SELECT");

    private sqlite3_stmt? PrepareOne(string sql, out string tail)
    {
        _firstAction = null;
        _refusal = _bookkeepingRefusal = null;
        var rc = raw.sqlite3_prepare_v2(_connection.Handle, sql, out var statement, out var rest);
        tail = rest ?? "";
        try
        {
            if ((_refusal ?? _bookkeepingRefusal) is { } refusal) throw new QueryRefusedException(refusal);
            if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
            if (statement is null || statement.IsInvalid) // only blanks or comments were left
            {
                statement?.Dispose();
                return null;
            }
            var isQuery = _firstAction is raw.SQLITE_SELECT or raw.SQLITE_PRAGMA;
            if (!isQuery || raw.sqlite3_stmt_readonly(statement) == 0)
                throw new QueryRefusedException($"{FirstWord(sql)} statements are refused: the snapshot is read-only and a data block runs a single SELECT");
            return statement;
        }
        catch
        {
            statement?.Dispose();
            throw;
        }
    }

    private int Authorize(object userData, int action, utf8z first, utf8z second, utf8z database, utf8z trigger)
    {
        _firstAction ??= action;
        var name = first.utf8_to_string();
        var refusal = Refusal(action, name, second.utf8_to_string());
        if (refusal is null) return raw.SQLITE_OK;
        // CREATE, DROP and ANALYZE also write SQLite's own schema tables; name the statement, not that bookkeeping.
        if (name is not null && name.StartsWith("sqlite_", StringComparison.OrdinalIgnoreCase) && action is raw.SQLITE_INSERT or raw.SQLITE_UPDATE or raw.SQLITE_DELETE)
            _bookkeepingRefusal ??= refusal;
        else if (action == raw.SQLITE_ANALYZE)
            _refusal = refusal; // ANALYZE first asks to create its statistics table
        else
            _refusal ??= refusal;
        return _inspecting && action != raw.SQLITE_PRAGMA ? raw.SQLITE_OK : raw.SQLITE_DENY;
    }

    private static string? Refusal(int action, string? first, string? second) => action switch
    {
        // database_list names the snapshot's absolute path on the build machine, which is none of a report's business.
        raw.SQLITE_PRAGMA when string.Equals(first, "database_list", StringComparison.OrdinalIgnoreCase) =>
            "PRAGMA database_list is refused: it shows where the snapshot is on the build machine",
        raw.SQLITE_READ when string.Equals(first, "pragma_database_list", StringComparison.OrdinalIgnoreCase) =>
            "pragma_database_list is refused: it shows where the snapshot is on the build machine",
        raw.SQLITE_SELECT or raw.SQLITE_READ or raw.SQLITE_RECURSIVE => null,
        raw.SQLITE_FUNCTION when second is not null && RefusedFunctions.Contains(second) =>
            $"the function {second}() is refused: queries cannot load code or touch files",
        raw.SQLITE_FUNCTION => null,
        raw.SQLITE_PRAGMA when first is not null && (DescribingPragmas.Contains(first) || (second is null && ReportingPragmas.Contains(first))) => null,
        raw.SQLITE_PRAGMA => second is null
            ? $"PRAGMA {first} is refused: only PRAGMAs that describe the schema may run"
            : $"PRAGMA {first} = {second} is refused: a query cannot change the connection's settings",
        raw.SQLITE_ATTACH => "ATTACH is refused: a query reads the snapshot and no other database",
        raw.SQLITE_DETACH => "DETACH is refused: a query reads the snapshot only",
        raw.SQLITE_TRANSACTION or raw.SQLITE_SAVEPOINT => "transactions are refused: a query only reads",
        raw.SQLITE_INSERT or raw.SQLITE_UPDATE or raw.SQLITE_DELETE => $"writing to '{first}' is refused: the snapshot is read-only",
        _ => $"{ActionName(action)} is refused: the snapshot is read-only and a data block runs a single SELECT",
    };

    private static string ActionName(int action) => action switch
    {
        raw.SQLITE_CREATE_INDEX or raw.SQLITE_CREATE_TEMP_INDEX => "CREATE INDEX",
        raw.SQLITE_CREATE_TABLE or raw.SQLITE_CREATE_TEMP_TABLE => "CREATE TABLE",
        raw.SQLITE_CREATE_TRIGGER or raw.SQLITE_CREATE_TEMP_TRIGGER => "CREATE TRIGGER",
        raw.SQLITE_CREATE_VIEW or raw.SQLITE_CREATE_TEMP_VIEW => "CREATE VIEW",
        raw.SQLITE_CREATE_VTABLE => "CREATE VIRTUAL TABLE",
        raw.SQLITE_DROP_INDEX or raw.SQLITE_DROP_TEMP_INDEX or raw.SQLITE_DROP_TABLE or raw.SQLITE_DROP_TEMP_TABLE
            or raw.SQLITE_DROP_TRIGGER or raw.SQLITE_DROP_TEMP_TRIGGER or raw.SQLITE_DROP_VIEW or raw.SQLITE_DROP_TEMP_VIEW
            or raw.SQLITE_DROP_VTABLE => "DROP",
        raw.SQLITE_ALTER_TABLE => "ALTER TABLE",
        raw.SQLITE_REINDEX => "REINDEX",
        raw.SQLITE_ANALYZE => "ANALYZE",
        _ => $"SQLite action {action}",
    };

    /// <summary>The statement's first keyword, past blanks and comments, to name what was refused.</summary>
    internal static string FirstWord(string sql)
    {
        var i = 0;
        while (i < sql.Length)
        {
            if (char.IsWhiteSpace(sql[i])) i++;
            else if (sql.AsSpan(i).StartsWith("--")) i = sql.IndexOf('\n', i) is var end and >= 0 ? end + 1 : sql.Length;
            else if (sql.AsSpan(i).StartsWith("/*")) i = sql.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 2 : sql.Length;
            else break;
        }
        var start = i;
        while (i < sql.Length && char.IsAsciiLetter(sql[i])) i++;
        return i == start ? "such" : sql[start..i].ToUpperInvariant();
    }
}
