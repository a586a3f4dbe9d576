using HfReports.Engine.Build;
using HfReports.Engine.Build.Caching;

namespace HfReports.Tests.Building;

/// <summary>
/// Parallel preparation and the build cache change how much work a build does, never what it writes: every
/// variant gives the bytes of a serial build without a cache, and a damaged cache entry is rebuilt, not trusted.
/// </summary>
public sealed class ParallelAndCachedBuildTests(GalleryBuilds gallery) : IClassFixture<GalleryBuilds>
{
    private static BuildOptions Serial(string _) => BuildOptions.Default with { Parallelism = 1 };

    private static BuildOptions Cached(string output) => BuildOptions.Default with { Parallelism = 4, Cache = BuildCache.Beside(output) };

    [Fact]
    public void A_parallel_build_writes_the_bytes_of_a_serial_build()
    {
        gallery.Build("serial-a", Serial);
        gallery.Build("parallel", o => BuildOptions.Default with { Parallelism = 4 });

        GalleryBuilds.AssertSameOutputs(gallery.OutputOf("serial-a"), gallery.OutputOf("parallel"));
    }

    [Fact]
    public void A_rebuild_reuses_every_block_from_the_cache_and_writes_the_same_bytes()
    {
        gallery.Build("serial-b", Serial);
        var cold = gallery.Build("cached", Cached);
        var warm = gallery.Build("cached", Cached);

        Assert.NotEmpty(cold.Blocks);
        Assert.All(cold.Blocks, b => Assert.False(b.Reused, $"{b.Kind} {b.Id} reused on a cold cache"));
        Assert.All(warm.Blocks, b => Assert.True(b.Reused, $"{b.Kind} {b.Id} rebuilt on a warm cache"));
        GalleryBuilds.AssertSameOutputs(gallery.OutputOf("serial-b"), gallery.OutputOf("cached"));
    }

    [Fact]
    public void Figures_kept_in_memory_between_builds_draw_the_same_bytes()
    {
        gallery.Build("serial-c", Serial);
        var memory = new FigureMemory();
        gallery.Build("memory", o => Cached(o) with { Figures = memory });
        gallery.Build("memory", o => Cached(o) with { Figures = memory });

        GalleryBuilds.AssertSameOutputs(gallery.OutputOf("serial-c"), gallery.OutputOf("memory"));
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("garbage")]
    public void A_damaged_cache_entry_is_discarded_and_rebuilt(string damage)
    {
        var name = "damaged-" + damage;
        gallery.Build("serial-d-" + damage, Serial);
        gallery.Build(name, Cached);
        var cache = BuildCache.Beside(gallery.OutputOf(name));
        var entries = Directory.GetFiles(cache.Folder, "*", SearchOption.AllDirectories);
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            var bytes = File.ReadAllBytes(entry);
            switch (damage)
            {
                case "flip": bytes[^1] ^= 0x55; File.WriteAllBytes(entry, bytes); break;
                case "truncate": File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]); break;
                default: File.WriteAllText(entry, "not a cache entry"); break;
            }
        }

        var rebuilt = gallery.Build(name, o => Cached(o) with { Cache = cache });

        Assert.True(cache.Discarded >= entries.Length, $"{cache.Discarded} of {entries.Length} damaged entries discarded");
        Assert.All(rebuilt.Blocks, b => Assert.False(b.Reused, $"{b.Kind} {b.Id} trusted a damaged entry"));
        GalleryBuilds.AssertSameOutputs(gallery.OutputOf("serial-d-" + damage), gallery.OutputOf(name));
        var again = gallery.Build(name, Cached);
        Assert.All(again.Blocks, b => Assert.True(b.Reused, $"{b.Kind} {b.Id} was not cached again"));
    }
}
