using System.Security.Cryptography;
using HfReports.Engine.Build.Caching;
using HfReports.Engine.Charts;
using HfReports.Engine.Frames;
using HfReports.Engine.Query;
using HfReports.Tests.Support;
using ScottPlot;

namespace HfReports.Tests.Building;

/// <summary>
/// The cache's files and memories, each against an oracle computed in the test: the snapshot's hash is SHA-256 of its
/// bytes (and its log's), frames written by hand in the serialiser's layout are refused precisely, entries that cannot
/// be used are counted and deleted, and drawn figures live for exactly one build after their last use.
/// </summary>
public sealed class CacheFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Sha256Of(params byte[][] parts) => Convert.ToHexStringLower(SHA256.HashData(parts.SelectMany(p => p).ToArray()));

    [Fact]
    public void A_snapshot_s_fingerprint_is_the_sha256_of_its_bytes_then_its_log_s()
    {
        byte[] database = [1, 2, 3, 4, 5], log = [9, 8, 7];
        var path = _folder.WriteBytes("plain.db", database);
        Assert.Equal(Sha256Of(database), SnapshotFingerprint.Sha256(path));

        var walPath = _folder.WriteBytes("wal.db", database);
        _folder.WriteBytes("wal.db-wal", log);
        Assert.Equal(Sha256Of(database, log), SnapshotFingerprint.Sha256(walPath));

        // An empty log holds no page: the snapshot is its main file alone.
        var emptyLog = _folder.WriteBytes("empty.db", database);
        _folder.WriteBytes("empty.db-wal", []);
        Assert.Equal(Sha256Of(database), SnapshotFingerprint.Sha256(emptyLog));
    }

    [Fact]
    public void A_fingerprint_is_remembered_while_size_and_time_stay_and_taken_again_when_either_moves()
    {
        var path = _folder.WriteBytes("remembered.db", [1, 2, 3]);
        var time = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, time);
        var first = SnapshotFingerprint.Sha256(path);
        Assert.Equal(Sha256Of([1, 2, 3]), first);

        // Same size, same time: the hash of the first read is reused (a watched large snapshot is hashed once).
        File.WriteAllBytes(path, [4, 5, 6]);
        File.SetLastWriteTimeUtc(path, time);
        Assert.Equal(first, SnapshotFingerprint.Sha256(path));

        File.SetLastWriteTimeUtc(path, time.AddSeconds(1));
        Assert.Equal(Sha256Of([4, 5, 6]), SnapshotFingerprint.Sha256(path));

        File.WriteAllBytes(path, [4, 5, 6, 7]);
        File.SetLastWriteTimeUtc(path, time.AddSeconds(1));
        Assert.Equal(Sha256Of([4, 5, 6, 7]), SnapshotFingerprint.Sha256(path));
    }

    [Fact]
    public void A_log_written_after_the_main_file_counts_by_its_own_time()
    {
        var path = _folder.WriteBytes("logged.db", [1, 2]);
        var wal = _folder.WriteBytes("logged.db-wal", [3, 4]);
        var time = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, time);
        File.SetLastWriteTimeUtc(wal, time.AddMinutes(1));
        Assert.Equal(Sha256Of([1, 2], [3, 4]), SnapshotFingerprint.Sha256(path));

        // A commit rewrites the log in place (same size) and leaves the main file untouched.
        File.WriteAllBytes(wal, [5, 6]);
        File.SetLastWriteTimeUtc(wal, time.AddMinutes(2));
        Assert.Equal(Sha256Of([1, 2], [5, 6]), SnapshotFingerprint.Sha256(path));
    }

    [Fact]
    public void The_cache_goes_inside_an_output_folder_that_is_or_holds_the_project()
    {
        var project = _folder.File("project");
        Assert.Equal(Path.Combine(project, ".hfcache"), BuildCache.Beside(Path.Combine(project, "out"), project).Folder);
        Assert.Equal(Path.Combine(project, ".hfcache"), BuildCache.Beside(project, project).Folder);
        Assert.Equal(Path.Combine(project, ".hfcache"), BuildCache.Beside(project + "/", project + "/").Folder);
        Assert.Equal(Path.Combine(_folder.Path, ".hfcache"), BuildCache.Beside(_folder.Path, project).Folder);
        // A sibling whose name starts like the output folder's is not inside it.
        Assert.Equal(Path.Combine(_folder.Path, ".hfcache"), BuildCache.Beside(_folder.File("proj"), project).Folder);
    }

    [Fact]
    public void An_entry_that_cannot_be_written_is_skipped_without_a_temporary_left()
    {
        var cache = new BuildCache(_folder.File("cache"));
        var key = new string('d', 64);
        // A folder where the entry's file would go: the move fails, the build goes on.
        Directory.CreateDirectory(Path.Combine(cache.Folder, "dd", key + ".frame"));

        cache.Write("frame", key, "xyz"u8);

        Assert.Equal([Path.Combine(cache.Folder, "dd", key + ".frame")], Directory.GetFileSystemEntries(Path.Combine(cache.Folder, "dd")));
        Assert.Null(cache.TryRead("frame", key));
    }

    [Fact]
    public void Each_forgotten_or_damaged_entry_is_counted_once_and_deleted()
    {
        var cache = new BuildCache(_folder.File("cache"));
        string[] keys = [new('1', 64), new('2', 64), new('3', 64)];
        foreach (var key in keys) cache.Write("frame", key, "payload"u8);

        cache.Forget("frame", keys[0]);
        File.WriteAllText(Path.Combine(cache.Folder, "22", keys[1] + ".frame"), "damaged");

        Assert.Null(cache.TryRead("frame", keys[1]));
        Assert.Equal("payload"u8.ToArray(), cache.TryRead("frame", keys[2]));
        Assert.Equal(2, cache.Discarded);
        Assert.Equal([keys[2] + ".frame"], Directory.GetFiles(cache.Folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName));
    }

    [Fact]
    public void An_entry_whose_checksum_holds_but_does_not_parse_as_a_frame_is_a_miss_and_deleted()
    {
        var store = new FrameStore(new BuildCache(_folder.File("cache")), "snapshot");
        var key = new string('e', 64);
        store.Cache.Write(FrameStore.Kind, key, "an older layout"u8);

        Assert.Null(store.TryRead(key));
        Assert.Equal(1, store.Cache.Discarded);
        Assert.Empty(Directory.GetFiles(store.Cache.Folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_frame_with_a_value_the_serialiser_does_not_know_is_not_cached()
    {
        var store = new FrameStore(new BuildCache(_folder.File("cache")), "snapshot");
        var key = new string('f', 64);
        store.Write(key, new Frame([new FrameColumn("amount", ColumnType.Real, [1.5m])]), truncated: false);
        Assert.Null(store.TryRead(key));
        Assert.False(Directory.Exists(store.Cache.Folder));

        store.Write(key, new Frame([new FrameColumn("n", ColumnType.Integer, [7L])]), truncated: false);
        var (frame, truncated) = store.TryRead(key)!.Value;
        Assert.False(truncated);
        Assert.Equal([7L], frame["n"].Values);
    }

    [Fact]
    public void An_untruncated_and_an_empty_frame_round_trip()
    {
        var (read, truncated) = FrameSerializer.Read(FrameSerializer.Write(new Frame([new FrameColumn("n", ColumnType.Integer, [1L])]), truncated: false));
        Assert.False(truncated);
        Assert.Equal([1L], read["n"].Values);

        var (empty, _) = FrameSerializer.Read(FrameSerializer.Write(new Frame([]), truncated: false));
        Assert.Empty(empty.Columns);
    }

    /// <summary>The serialiser's layout written by hand: version, truncated flag, column count, row count, then per
    /// column its name, its type byte and one tagged value per row.</summary>
    private static byte[] Layout(int version, int columns, int rows, Action<BinaryWriter>? body = null)
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory))
        {
            writer.Write(version);
            writer.Write(false);
            writer.Write(columns);
            writer.Write(rows);
            body?.Invoke(writer);
        }
        return memory.ToArray();
    }

    [Fact]
    public void A_hand_written_frame_in_the_layout_is_read()
    {
        var bytes = Layout(1, 1, 2, w => { w.Write("n"); w.Write((byte)ColumnType.Integer); w.Write((byte)2); w.Write(5L); w.Write((byte)0); });
        var (frame, truncated) = FrameSerializer.Read(bytes);
        Assert.False(truncated);
        Assert.Equal(ColumnType.Integer, frame.Columns.Single().Type);
        Assert.Equal([5L, null], frame["n"].Values);
    }

    [Theory]
    [InlineData(2, 0, 0, "unknown frame format")]
    [InlineData(1, -1, 0, "frame size out of range")]
    [InlineData(1, 0, -1, "frame size out of range")]
    [InlineData(1, 1, int.MaxValue, "frame size out of range")] // refused before two billion values are allocated
    public void A_frame_of_another_version_or_an_impossible_size_is_refused(int version, int columns, int rows, string message)
    {
        var error = Assert.Throws<FormatException>(() => FrameSerializer.Read(Layout(version, columns, rows)));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_frame_with_an_unknown_column_type_or_value_tag_is_refused()
    {
        var badType = Layout(1, 1, 0, w => { w.Write("n"); w.Write((byte)99); });
        Assert.Contains("unknown column type 99", Assert.Throws<FormatException>(() => FrameSerializer.Read(badType)).Message);

        var badTag = Layout(1, 1, 1, w => { w.Write("n"); w.Write((byte)ColumnType.Integer); w.Write((byte)77); });
        Assert.Contains("unknown value tag 77", Assert.Throws<FormatException>(() => FrameSerializer.Read(badTag)).Message);
    }

    [Fact]
    public void A_drawn_figure_is_kept_for_the_build_after_its_last_use_then_let_go()
    {
        var memory = new FigureMemory();
        using var a = Figure("a");
        using var b = Figure("b");

        memory.Keep("a", a);
        memory.Keep("b", b);
        memory.Sweep(); // the build that drew both
        Assert.Same(a, memory.TryGet("a")?.Graphic);
        Assert.Null(memory.TryGet("c"));
        memory.Sweep(); // a build that used only a

        Assert.Null(memory.TryGet("b"));
        memory.Sweep(); // a build that used nothing
        Assert.Null(memory.TryGet("a"));
    }

    private static FigureGraphic Figure(string id) => new(id, [(new Plot(), 1.0)], 200, 150);

    [Fact]
    public void The_engine_fingerprint_names_the_build_of_the_engine_sqlite_and_chart_libraries()
    {
        var parts = EngineFingerprint.Value.Split(';');
        Assert.Equal(3, parts.Length);
        foreach (var (assembly, part) in new[] { typeof(FrameStore).Assembly, typeof(Microsoft.Data.Sqlite.SqliteConnection).Assembly, typeof(Plot).Assembly }.Zip(parts))
        {
            Assert.StartsWith(assembly.GetName().Name + ":", part);
            Assert.EndsWith(":" + assembly.ManifestModule.ModuleVersionId, part);
        }
    }

    public void Dispose() => _folder.Dispose();
}
