using System.Security.Cryptography;
using System.Text;
using HfReports.Engine.Build.Caching;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.Building;

/// <summary>
/// The cache key's canonical text, written out by hand per kind of value; what a frame's key depends on (and what it
/// must not); the entry file's layout, checked byte by byte against a header written in the test.
/// </summary>
public sealed class CacheKeyAndStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private sealed record Sample(string Name, int Size, SourceLocation Location, string KeyPath);

    [Fact]
    public void Values_are_written_canonically_by_kind()
    {
        var key = new CacheKey()
            .Add("null", null).Add("text", "say \"hi\" \\ bye").Add("yes", true).Add("no", false)
            .Add("real", 0.1).Add("single", 0.5f).Add("time", new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc))
            .Add("date", new DateOnly(2024, 1, 1)).Add("kind", DateTimeKind.Local).Add("int", 5).Add("long", 7L).Add("money", 1.5m)
            .Add("map", new Dictionary<string, object?> { ["b"] = 2, ["a"] = null })
            .Add("list", new List<object?> { "x", 1L })
            .Add("object", new Sample("n", 3, new SourceLocation("a.yaml", 1, 1), "k"));
        // 2024-01-01 is day 738,885 after 0001-01-01 (2023 years, 490 of them leap: 2023 * 365 + 490), so its ticks
        // are 738,885 * 864,000,000,000; DateTimeKind.Utc is 1.
        Assert.Equal(
            "null=null\n" +
            "text=\"say \\\"hi\\\" \\\\ bye\"\n" +
            "yes=true\nno=false\n" +
            "real=d:0.1\nsingle=f:0.5\n" +
            "time=t:638396640000000000:1\n" +
            "date=date:738885\n" +
            "kind=DateTimeKind.Local\n" +
            "int=Int32:5\nlong=Int64:7\nmoney=Decimal:1.5\n" +
            "map={a:null,b:Int32:2,}\n" +
            "list=[\"x\",Int64:1,]\n" +
            "object=Sample(Name:\"n\";Size:Int32:3;)\n",
            key.ToString());
    }

    [Fact]
    public void Left_out_properties_and_positions_do_not_count()
    {
        var key = new CacheKey().Add("o", new Sample("n", 3, new SourceLocation("a.yaml", 1, 1), "k"), new HashSet<string> { "Size" });
        Assert.Equal("o=Sample(Name:\"n\";)\n", key.ToString());
    }

    [Fact]
    public void The_hash_is_the_lower_case_sha256_of_the_text()
    {
        var key = new CacheKey().Add("what", "test");
        Assert.Equal(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("what=\"test\"\n"))).ToLowerInvariant(), key.Hash());
    }

    [Fact]
    public void Twelve_levels_of_nesting_are_keyed_and_thirteen_are_refused()
    {
        static object Nested(int levels)
        {
            object value = 1;
            for (var i = 0; i < levels; i++) value = new List<object> { value };
            return value;
        }
        Assert.Equal("n=" + new string('[', 12) + "Int32:1" + string.Concat(Enumerable.Repeat(",]", 12)) + "\n", new CacheKey().Add("n", Nested(12)).ToString());
        Assert.Throws<InvalidOperationException>(() => new CacheKey().Add("n", Nested(13)));
    }

    private static DataSpec Data(string sql, string transforms = "[]", IReadOnlyDictionary<string, ColumnType>? types = null) =>
        new(sql, null, new Dictionary<string, object?>(), types ?? new Dictionary<string, ColumnType>(),
            transforms == "[]" ? [] : Frames.Steps(transforms), new SourceLocation("a.yaml", 1, 1), "figure.data");

    private string Key(DataSpec spec, string snapshot = "snap-1", IReadOnlyDictionary<string, object?>? bound = null, int? rowLimit = null, string? named = null) =>
        new FrameStore(new BuildCache(_folder.File("cache")), snapshot).KeyOf(spec, named, bound, rowLimit);

    [Fact]
    public void A_query_s_key_follows_the_snapshot_the_sql_its_parameters_types_and_row_limit()
    {
        var spec = Data("select * from models where n > :top");
        var bound = new Dictionary<string, object?> { ["top"] = 10L, ["unused"] = "x" };
        var key = Key(spec, bound: bound);

        Assert.Equal(key, Key(spec, bound: new Dictionary<string, object?> { ["top"] = 10L, ["unused"] = "y" }));
        Assert.NotEqual(key, Key(spec, bound: new Dictionary<string, object?> { ["top"] = 11L, ["unused"] = "x" }));
        Assert.NotEqual(key, Key(spec, bound: null));
        Assert.NotEqual(key, Key(spec, snapshot: "snap-2", bound: bound));
        Assert.NotEqual(key, Key(spec, bound: bound, rowLimit: 100));
        Assert.NotEqual(key, Key(Data("select * from models where n > :top", types: new Dictionary<string, ColumnType> { ["n"] = ColumnType.Real }), bound: bound));
        Assert.NotEqual(key, Key(Data("select * from models where n >= :top"), bound: bound));
    }

    [Fact]
    public void A_block_on_a_named_frame_is_keyed_by_that_frame_not_the_snapshot()
    {
        var spec = Data("", "- sort: { by: [n] }");
        var key = Key(spec, named: "frame-a");
        Assert.Equal(key, Key(spec, snapshot: "snap-2", named: "frame-a"));
        Assert.NotEqual(key, Key(spec, named: "frame-b"));
        Assert.NotEqual(key, Key(Data("", "- sort: { by: [m] }"), named: "frame-a"));
        Assert.NotEqual(key, Key(spec));
    }

    [Fact]
    public void Only_parameters_a_transform_reads_count()
    {
        var spec = Data("", "- mutate: { over: n > params.top }");
        var key = Key(spec, bound: new Dictionary<string, object?> { ["top"] = 10L, ["other"] = 1L }, named: "f");
        Assert.Equal(key, Key(spec, bound: new Dictionary<string, object?> { ["top"] = 10L, ["other"] = 2L }, named: "f"));
        Assert.NotEqual(key, Key(spec, bound: new Dictionary<string, object?> { ["top"] = 20L, ["other"] = 1L }, named: "f"));
        Assert.NotEqual(key, Key(spec, bound: null, named: "f"));
    }

    [Fact]
    public void An_entry_is_a_header_line_then_the_payload()
    {
        var cache = new BuildCache(_folder.File("cache"));
        var key = new string('a', 64);
        cache.Write("frame", key, "xyz"u8);
        var path = Path.Combine(cache.Folder, "aa", key + ".frame");
        var sha = Convert.ToHexString(SHA256.HashData("xyz"u8)).ToLowerInvariant();
        Assert.Equal($"hfcache/1 frame 3 {sha}\nxyz", File.ReadAllText(path));
        Assert.Equal(["aa"], Directory.GetDirectories(cache.Folder).Select(Path.GetFileName));
        Assert.Single(Directory.GetFiles(Path.Combine(cache.Folder, "aa"))); // no temporary left beside it
    }

    [Theory]
    [InlineData("hfcache/2 frame 3 {sha}\nxyz")]   // another layout
    [InlineData("hfcache/1 svg 3 {sha}\nxyz")]     // another kind
    [InlineData("hfcache/1 frame 4 {sha}\nxyz")]   // a length that does not match
    [InlineData("hfcache/1 frame x {sha}\nxyz")]   // no length
    [InlineData("hfcache/1 frame 3\nxyz")]         // a field missing
    [InlineData("hfcache/1 frame 3 {sha} more\nxyz")]
    [InlineData("hfcache/1 frame 3 {sha}xyz")]     // no end of header
    public void An_entry_whose_header_does_not_hold_is_a_miss_and_deleted(string content)
    {
        var cache = new BuildCache(_folder.File("cache"));
        var key = new string('b', 64);
        var path = Path.Combine(cache.Folder, "bb", key + ".frame");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.Replace("{sha}", Convert.ToHexString(SHA256.HashData("xyz"u8)).ToLowerInvariant()));

        Assert.Null(cache.TryRead("frame", key));
        Assert.Equal(1, cache.Discarded);
        Assert.False(File.Exists(path));
    }

    /// <summary>"hfcache/1 KIND 3 SHA" is 77 bytes plus the kind's length: a kind of 123 letters makes it 200 bytes.</summary>
    [Theory]
    [InlineData(123, true)]
    [InlineData(124, false)]
    public void A_header_of_up_to_200_bytes_is_read(int kindLength, bool read)
    {
        var cache = new BuildCache(_folder.File("cache"));
        var key = new string('c', 64);
        var kind = new string('k', kindLength);
        cache.Write(kind, key, "xyz"u8);
        Assert.Equal(read ? "xyz"u8.ToArray() : null, cache.TryRead(kind, key));
        Assert.Equal(read ? 0 : 1, cache.Discarded);
        Assert.Null(new BuildCache(_folder.File("missing")).TryRead("frame", key));
    }

    [Fact]
    public void The_cache_lives_beside_the_output_folder()
    {
        Assert.Equal(_folder.File(".hfcache"), BuildCache.Beside(_folder.File("out")).Folder);
        Assert.Equal(_folder.File(".hfcache"), BuildCache.Beside(_folder.File("out") + "/").Folder);
    }

    public void Dispose() => _folder.Dispose();
}
