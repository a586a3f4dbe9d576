using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Support;

/// <summary>Runs SQL straight on a SQLite file (made if missing), outside the engine and its guards: how tests write
/// small or deliberately broken snapshots. Unpooled, so the file is closed when it returns.</summary>
public static class SqliteFile
{
    public static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
