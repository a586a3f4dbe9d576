using HfReports.Engine.Build.Caching;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Transforms;
using HfReports.Tests.Support;

namespace HfReports.Tests.Building;

public sealed class FrameCacheTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void A_frame_round_trips_exactly_with_every_value_type()
    {
        var frame = new Frame([
            new FrameColumn("text", ColumnType.Text, ["a", null, "ü/ß"]),
            new FrameColumn("integer", ColumnType.Integer, [long.MinValue, 0L, null]),
            new FrameColumn("real", ColumnType.Real, [0.1 + 0.2, double.NaN, -0.0]),
            new FrameColumn("date", ColumnType.Date, [new DateTime(2024, 4, 18, 0, 0, 0, DateTimeKind.Utc), null, DateTime.MaxValue]),
            new FrameColumn("flag", ColumnType.Boolean, [true, false, null]),
        ]);

        var (read, truncated) = FrameSerializer.Read(FrameSerializer.Write(frame, truncated: true));

        Assert.True(truncated);
        Assert.Equal(frame.ColumnNames, read.ColumnNames);
        for (var c = 0; c < frame.Columns.Count; c++)
        {
            Assert.Equal(frame.Columns[c].Type, read.Columns[c].Type);
            Assert.Equal(frame.Columns[c].Values, read.Columns[c].Values);
        }
        Assert.Equal(BitConverter.DoubleToInt64Bits(-0.0), BitConverter.DoubleToInt64Bits((double)read["real"][2]!));
        Assert.Equal(DateTimeKind.Utc, ((DateTime)read["date"][0]!).Kind);
    }

    [Fact]
    public void Bytes_that_are_not_a_frame_are_a_format_error()
    {
        var bytes = FrameSerializer.Write(new Frame([new FrameColumn("n", ColumnType.Integer, [1L, 2L])]), false);

        Assert.Throws<FormatException>(() => FrameSerializer.Read(bytes[..^3]));
        Assert.Throws<FormatException>(() => FrameSerializer.Read([.. bytes, 0]));
        Assert.Throws<FormatException>(() => FrameSerializer.Read([9, 9, 9, 9]));
    }

    [Fact]
    public void An_entry_is_returned_only_while_its_checksum_holds()
    {
        var cache = new BuildCache(_folder.File("cache"));
        var key = new CacheKey().Add("what", "test").Hash();
        cache.Write("frame", key, [1, 2, 3]);

        Assert.Equal([1, 2, 3], cache.TryRead("frame", key));
        Assert.Null(cache.TryRead("svg", key));

        var path = Directory.GetFiles(cache.Folder, "*", SearchOption.AllDirectories).Single();
        var bytes = File.ReadAllBytes(path);
        bytes[^1] = 9;
        File.WriteAllBytes(path, bytes);

        Assert.Null(cache.TryRead("frame", key));
        Assert.Equal(1, cache.Discarded);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Keys_ignore_where_a_spec_is_written_but_not_what_it_says()
    {
        static DataSpec Data(string sql, int line, double minShare) => new(sql, null, new Dictionary<string, object?>(), new Dictionary<string, ColumnType>(),
            [new LumpSpec("architecture", null, minShare, null, null, "Other", "architecture", new SourceLocation("a.yaml", line + 1, 3), "data.transform[0]")],
            new SourceLocation("a.yaml", line, 1), "figure.data");
        string Key(DataSpec spec) => new FrameStore(new BuildCache(_folder.File("cache")), "snapshot").KeyOf(spec, null, null, null);

        Assert.Equal(Key(Data("select 1", 3, 0.05)), Key(Data("select 1", 40, 0.05)));
        Assert.NotEqual(Key(Data("select 1", 3, 0.05)), Key(Data("select 2", 3, 0.05)));
        Assert.NotEqual(Key(Data("select 1", 3, 0.05)), Key(Data("select 1", 3, 0.06)));
    }

    public void Dispose() => _folder.Dispose();
}
