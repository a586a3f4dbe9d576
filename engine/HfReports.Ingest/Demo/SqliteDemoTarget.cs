using Dapper;
using HfReports.Ingest.Snapshot;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Demo;

/// <summary>A demo written into a new SQLite snapshot file, in one transaction, moved into place when complete.</summary>
internal sealed class SqliteDemoTarget : DemoTarget
{
    private readonly NewSnapshotFile _file;
    private SqliteTransaction? _transaction;

    public SqliteDemoTarget(string path)
    {
        _file = new NewSnapshotFile(path);
        // The file is a temporary one until Complete(): no journal or fsync needed to build it.
        _file.Connection.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = FILE; PRAGMA temp.cache_size = -65536; PRAGMA threads = 2;");
    }

    public override T Write<T>(CancellationToken cancellation, Func<T> write) => SqliteInterruption.Run(_file.Connection, cancellation, () =>
    {
        using var transaction = _file.Connection.BeginTransaction();
        _transaction = transaction;
        var written = write();
        transaction.Commit();
        _transaction = null;
        return written;
    });

    public override IRowSink Rows(string table, params string[] columns) => new PreparedInsert(_file.Connection, table, columns);

    public override void Execute(string sql) => _file.Connection.Execute(sql, transaction: _transaction);

    public override List<object?[]> Query(string sql)
    {
        using var command = _file.Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return ReadAll(command);
    }

    public override void Clean() => ModelsTable.Rebuild(_file.Connection, _transaction);

    public override void Complete() => _file.Complete();

    public override void Dispose() => _file.Dispose();
}
