using HfReports.Engine.Spec;

namespace HfReports.Engine.Query;

/// <summary>Which snapshot tables exist and hold rows; answers are cached for the build. Each look is a bounded,
/// cancellable statement (<see cref="SnapshotRead"/>): a required "table" can be a view that never ends.</summary>
internal sealed class SnapshotTables(SnapshotDatabase database, CancellationToken cancellation = default)
{
    private readonly Dictionary<string, bool> _hasRows = new(StringComparer.OrdinalIgnoreCase);
    private HashSet<string>? _names;

    public bool Exists(string name)
    {
        // SQLite lists its schema in sqlite_master; DuckDB and PostgreSQL in the standard information_schema.
        _names ??= SnapshotRead.Rows(database, database.Engine == SnapshotEngine.Sqlite
                ? "select name from sqlite_master where type in ('table', 'view')"
                : "select table_name from information_schema.tables where table_schema = current_schema()", "cannot be read", cancellation)
            .Select(row => row[0] as string).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return _names.Contains(name);
    }

    public IReadOnlyCollection<string> Names
    {
        get
        {
            Exists("");
            return _names!;
        }
    }

    /// <summary>True when the table has at least one row. The name must be one that <see cref="Exists"/>.</summary>
    public bool HasRows(string name)
    {
        if (!Exists(name)) throw new ArgumentException($"no table or view named '{name}'", nameof(name));
        if (_hasRows.TryGetValue(name, out var known)) return known;
        // The name is one of the snapshot's own (checked above), so quoting it is enough.
        var rows = SnapshotRead.Rows(database, $"select exists(select 1 from \"{name.Replace("\"", "\"\"")}\")", $"cannot be read (table '{name}')", cancellation);
        var has = rows.Count == 1 && rows[0][0] is 1L;
        _hasRows[name] = has;
        return has;
    }

    /// <summary>The tables a block requires that this snapshot has but leaves empty: when there are any, the block is
    /// a notice and nothing of it is computed. Unknown names are not listed; the document builder reports them.</summary>
    public IReadOnlyList<string> EmptyOf(RequirementSpec? requires) =>
        requires is null ? [] : requires.Tables.Where(table => Exists(table) && !HasRows(table)).ToList();

    public bool Satisfies(RequirementSpec? requires) => EmptyOf(requires).Count == 0;
}
