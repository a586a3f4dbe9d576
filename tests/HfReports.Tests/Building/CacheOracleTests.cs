using System.Security.Cryptography;
using System.Text;
using HfReports.Engine.Build.Caching;
using HfReports.Engine.Charts;
using HfReports.Engine.Frames;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;
using ScottPlot;

namespace HfReports.Tests.Building;

/// <summary>
/// The cache's contracts checked against values written out in the test: a frame's key is the SHA-256 of the named
/// inputs the README lists (text composed here by hand), spec positions never count however deep they sit, the
/// serialiser's size bound and its refusals, a snapshot's size counting its log, and figures kept exactly one build
/// past their last use.
/// </summary>
public sealed class CacheOracleTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private FrameStore Store(string snapshot = "snap-1") => new(new BuildCache(_folder.File("cache")), snapshot);

    private static DataSpec Data(string sql, IReadOnlyDictionary<string, ColumnType>? types = null) =>
        new(sql, null, new Dictionary<string, object?>(), types ?? new Dictionary<string, ColumnType>(), [], new SourceLocation("a.yaml", 1, 1), "figure.data");

    [Fact]
    public void A_query_s_key_is_the_sha256_of_its_named_inputs()
    {
        var spec = Data("select * from models where n > :top", new Dictionary<string, ColumnType> { ["n"] = ColumnType.Real });
        var key = Store().KeyOf(spec, null, new Dictionary<string, object?> { ["top"] = 10L, ["unused"] = "x" }, 100);
        Assert.Equal(Sha256(
            "kind=\"frame\"\n" +
            $"engine=\"{EngineFingerprint.Value}\"\n" +
            "types={n:ColumnType.Real,}\n" +
            "transforms=[]\n" +
            "row_limit=Int32:100\n" +
            "transform_parameters={}\n" +
            "snapshot=\"snap-1\"\n" +
            "sql=\"select * from models where n > :top\"\n" +
            "parameters={top:Int64:10,}\n"), key);
    }

    [Fact]
    public void A_block_on_a_named_frame_is_keyed_by_that_frame_s_key_instead_of_the_query()
    {
        var key = Store().KeyOf(Data(""), "frame-a", null, null);
        Assert.Equal(Sha256(
            "kind=\"frame\"\n" +
            $"engine=\"{EngineFingerprint.Value}\"\n" +
            "types={}\n" +
            "transforms=[]\n" +
            "row_limit=null\n" +
            "transform_parameters={}\n" +
            "frame=\"frame-a\"\n"), key);
    }

    [Fact]
    public void Where_the_sql_is_written_does_not_count()
    {
        var spec = Data("select 1");
        var moved = spec with { SqlLocation = new SourceLocation("b.yaml", 9, 9), SqlKeyPath = "figures[3].data.sql" };
        Assert.Equal(Store().KeyOf(spec, null, null, null), Store().KeyOf(moved, null, null, null));
    }

    private sealed class Indexed
    {
        public string Name => "n";
        public int this[int i] => i;
    }

    private sealed record Wrapper(object Inner);

    [Fact]
    public void An_indexer_is_not_a_property_to_key()
    {
        Assert.Equal("o=Indexed(Name:\"n\";)\n", new CacheKey().Add("o", new Indexed()).ToString());
    }

    [Fact]
    public void Nesting_through_maps_and_objects_counts_toward_the_limit_as_lists_do()
    {
        static object InMaps(int levels)
        {
            object value = 1;
            for (var i = 0; i < levels; i++) value = new Dictionary<string, object> { ["k"] = value };
            return value;
        }
        static object InObjects(int levels)
        {
            object value = 1;
            for (var i = 0; i < levels; i++) value = new Wrapper(value);
            return value;
        }
        Assert.Equal("n=" + string.Concat(Enumerable.Repeat("{k:", 12)) + "Int32:1" + string.Concat(Enumerable.Repeat(",}", 12)) + "\n",
            new CacheKey().Add("n", InMaps(12)).ToString());
        Assert.Throws<InvalidOperationException>(() => new CacheKey().Add("n", InMaps(13)));
        Assert.Equal("n=" + string.Concat(Enumerable.Repeat("Wrapper(Inner:", 12)) + "Int32:1" + string.Concat(Enumerable.Repeat(";)", 12)) + "\n",
            new CacheKey().Add("n", InObjects(12)).ToString());
        Assert.Throws<InvalidOperationException>(() => new CacheKey().Add("n", InObjects(13)));
    }

    [Fact]
    public void A_frame_s_size_bound_is_16_bytes_plus_6_and_its_name_per_column_plus_9_or_6_and_the_text_per_value()
    {
        // 16 + (6 + 1 for "n") + (6 + 3 for "abc") + 9 + 9 = 50; the bytes written are within it.
        var frame = new Frame([new FrameColumn("n", ColumnType.Text, ["abc", 5L, null])]);
        Assert.Equal(50, FrameSerializer.Size(frame));
        Assert.True(FrameSerializer.Write(frame, truncated: false).Length <= 50);
        // "ü" is two bytes in UTF-8.
        Assert.Equal(16 + 6 + 2 + 6 + 4, FrameSerializer.Size(new Frame([new FrameColumn("ü", ColumnType.Text, ["üü"])])));
    }

    [Fact]
    public void A_frame_within_the_size_bound_never_outgrows_it()
    {
        // Long texts have a length prefix of up to 5 bytes; the bound allows 6 with the tag.
        var frame = new Frame([
            new FrameColumn(new string('c', 300), ColumnType.Text, [new string('x', 70_000), "", null]),
            new FrameColumn("d", ColumnType.Date, [DateTime.MaxValue, null, new DateTime(2024, 1, 1)]),
            new FrameColumn("b", ColumnType.Boolean, [true, false, null]),
        ]);
        Assert.InRange(FrameSerializer.Write(frame, truncated: true).Length, 1, FrameSerializer.Size(frame));
    }

    [Fact]
    public void Bytes_after_a_frame_a_cut_short_frame_and_an_impossible_date_are_refused()
    {
        var bytes = FrameSerializer.Write(new Frame([new FrameColumn("n", ColumnType.Integer, [1L, 2L])]), truncated: false);
        Assert.Contains("trailing bytes after the frame", Assert.Throws<FormatException>(() => FrameSerializer.Read([.. bytes, 0])).Message);
        Assert.StartsWith("not a cached frame: ", Assert.Throws<FormatException>(() => FrameSerializer.Read(bytes[..^3])).Message);

        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory))
        {
            writer.Write(1);
            writer.Write(false);
            writer.Write(1);
            writer.Write(1);
            writer.Write("d");
            writer.Write((byte)ColumnType.Date);
            writer.Write((byte)4); // a date
            writer.Write(long.MaxValue); // ticks past DateTime.MaxValue
        }
        Assert.StartsWith("not a cached frame: ", Assert.Throws<FormatException>(() => FrameSerializer.Read(memory.ToArray())).Message);
    }

    [Fact]
    public void Truncation_and_dates_of_every_kind_round_trip()
    {
        DateTime[] dates = [new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), new(2024, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), new(2024, 1, 1, 0, 0, 0, DateTimeKind.Local)];
        var (frame, truncated) = FrameSerializer.Read(FrameSerializer.Write(new Frame([new FrameColumn("d", ColumnType.Date, dates.Cast<object?>().ToArray())]), truncated: true));
        Assert.True(truncated);
        Assert.Equal(dates.Select(d => d.Kind), frame["d"].Values.Select(v => ((DateTime)v!).Kind));
        Assert.Equal(dates.Select(d => d.Ticks), frame["d"].Values.Select(v => ((DateTime)v!).Ticks));
    }

    [Fact]
    public void A_snapshot_and_its_log_growing_together_are_hashed_again_though_their_times_stay()
    {
        var path = _folder.WriteBytes("grow.db", [1, 2]);
        var wal = _folder.WriteBytes("grow.db-wal", [3]);
        var time = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, time);
        File.SetLastWriteTimeUtc(wal, time);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([1, 2, 3])), SnapshotFingerprint.Sha256(path));

        // The snapshot's size is its file's and its log's together: 3 bytes, now 5.
        File.WriteAllBytes(path, [1, 2, 3]);
        File.WriteAllBytes(wal, [4, 5]);
        File.SetLastWriteTimeUtc(path, time);
        File.SetLastWriteTimeUtc(wal, time);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([1, 2, 3, 4, 5])), SnapshotFingerprint.Sha256(path));

        // Only the log grows.
        File.WriteAllBytes(wal, [4, 5, 6]);
        File.SetLastWriteTimeUtc(wal, time);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData([1, 2, 3, 4, 5, 6])), SnapshotFingerprint.Sha256(path));
    }

    [Fact]
    public void A_figure_used_in_a_build_is_kept_for_the_next_and_let_go_after_a_build_without_it()
    {
        var memory = new FigureMemory();
        using var a = new FigureGraphic("a", [(new Plot(), 1.0)], 200, 150);
        memory.Keep("a", a);
        memory.Sweep();               // the build that drew it
        Assert.Same(a, memory.TryGet("a")?.Graphic);
        memory.Sweep();               // a build that used it
        Assert.Same(a, memory.TryGet("a")?.Graphic);
        memory.Sweep();               // another build that used it
        memory.Sweep();               // a build without it
        Assert.Null(memory.TryGet("a"));
    }

    public void Dispose() => _folder.Dispose();
}
