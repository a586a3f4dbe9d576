using HfReports.Engine.Frames;
using HfReports.Engine.Query;
using HfReports.Tests.Support;

namespace HfReports.Tests.Query;

/// <summary>A query's columns are stored by type as rows are read: the values (and their types) are those SQLite gives,
/// across the reader's chunks of 4,096 rows, and a number costs its 8 bytes, not a boxed object.</summary>
public sealed class TypedColumnTests
{
    private static readonly Dictionary<string, object?> NoParameters = new();

    private const string Counter = "with recursive c(x) as (select 0 union all select x + 1 from c limit {0}) ";

    [Fact]
    public void Mixed_and_missing_values_across_chunks_keep_sqlite_s_values_and_types()
    {
        using var folder = new TempFolder();
        using var database = SnapshotDatabase.OpenReadOnly(HostileWorkspaceSnapshot(folder));
        var frame = QueryRunner.Run(database, string.Format(Counter, 10_000) + """
            select x as i,
                   case when x % 4096 = 4095 then null else x * 0.5 end as half,
                   case when x = 9000 then 2.5 else x end as mixed,
                   case when x = 9999 then 'last' else x end as text,
                   case when x = 5000 then null else '2024-01-0' || (1 + x % 9) end as day,
                   x % 2 as odd
            from c
            """, NoParameters, new Dictionary<string, ColumnType> { ["odd"] = ColumnType.Boolean });
        Assert.Equal(10_000, frame.RowCount);
        Assert.Equal([ColumnType.Integer, ColumnType.Real, ColumnType.Real, ColumnType.Text, ColumnType.Date, ColumnType.Boolean],
            frame.Columns.Select(c => c.Type));
        Assert.Equal(8191L, frame["i"][8191]);
        Assert.Equal(4096.0, frame["half"][8192]);
        Assert.Null(frame["half"][4095]);
        Assert.Null(frame["half"][8191]);
        Assert.Equal(2, Enumerable.Range(0, 10_000).Count(r => frame["half"][r] is null)); // rows 4095, 8191 and no other
        Assert.Equal(8999.0, frame["mixed"][8999]); // an integer among reals is read as a real
        Assert.Equal(2.5, frame["mixed"].AsDouble(9000));
        Assert.Equal("9998", frame["text"][9998]);  // an integer among text is its invariant digits
        Assert.Equal("last", frame["text"][9999]);
        Assert.Equal(new DateTime(2024, 1, 3, 0, 0, 0, DateTimeKind.Utc), frame["day"][4097]); // 1 + 4097 % 9 = 3
        Assert.Null(frame["day"][5000]);
        Assert.Equal(true, frame["odd"][4097]);
        Assert.Equal(0.0, frame["odd"].AsDouble(4096));
    }

    [Fact]
    public void Rows_selected_from_a_typed_column_keep_their_values_and_missing_rows()
    {
        var column = new FrameColumn("n", ColumnType.Integer, [5L, null, 7L, long.MinValue]);
        var selected = column.SelectRows([3, 1, 0, 1]);
        Assert.Equal([long.MinValue, null, 5L, null], selected.Values);
        Assert.Equal(ColumnType.Integer, selected.Type);
        Assert.Null(selected.AsDouble(1));
    }

    [Fact]
    public void Values_that_do_not_match_their_column_type_are_kept_as_given()
    {
        var column = new FrameColumn("amount", ColumnType.Real, [1.5m, 2.0]);
        Assert.Equal([1.5m, 2.0], column.Values);
        Assert.Null(column.AsDouble(0)); // as before: a decimal is no chart number
        Assert.Equal(2.0, column.AsDouble(1));
    }

    [Fact]
    public void A_numeric_frame_is_read_without_boxing_its_values()
    {
        using var folder = new TempFolder();
        using var database = SnapshotDatabase.OpenReadOnly(HostileWorkspaceSnapshot(folder));
        const int rows = 100_000, columns = 10;
        var sql = string.Format(Counter, rows) + "select " + string.Join(", ", Enumerable.Range(0, columns).Select(i => i % 2 == 0 ? $"x + {i} as c{i}" : $"x * {i}.5 as c{i}")) + " from c";
        QueryRunner.Run(database, sql, NoParameters); // once to warm up (JIT, statement guard)
        var before = GC.GetAllocatedBytesForCurrentThread();
        var frame = QueryRunner.Run(database, sql, NoParameters);
        var perCell = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)(rows * columns);
        Assert.Equal(rows * columns, frame.RowCount * frame.Columns.Count);
        // 9 bytes a value while reading, 8 in the frame: boxed values took over 100 (a box, its list slot, a second box).
        Assert.InRange(perCell, 16, 20);
    }

    private static string HostileWorkspaceSnapshot(TempFolder folder)
    {
        var path = folder.File("s.db");
        using var snapshot = new HfReports.Ingest.Snapshot.NewSnapshotFile(path);
        snapshot.Complete();
        return path;
    }
}
