using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using HfReports.Ingest.Snapshot;

namespace HfReports.Ingest.Demo;

/// <summary>
/// Writes a deterministic synthetic ("demo") snapshot: every table of data/schema.sql filled
/// with believable but invented data, clearly marked as synthetic. The same options always
/// give the same bytes: no wall clock, no System.Random, no hash-order dependence.
/// </summary>
public static class DemoSnapshotGenerator
{
    public const string GeneratorName = "hfreports snapshot demo";
    public const int MinimumModels = 100;

    /// <param name="cancellation">Stops the generation (between models, or by interrupting SQLite mid-statement):
    /// no snapshot is written, the temporary file is removed and <see cref="OperationCanceledException"/> is thrown.</param>
    /// <param name="progress">Models written so far of all, then each later step as it starts.</param>
    public static DemoSummary Write(string path, DemoOptions options, CancellationToken cancellation = default, Action<SnapshotProgress>? progress = null)
    {
        CheckSize(options);
        using var target = new SqliteDemoTarget(path);
        return Write(target, Path.GetFullPath(path), options, cancellation, progress);
    }

    /// <summary>Writes the demo into <paramref name="target"/> (named <paramref name="path"/> in the summary) and completes it.</summary>
    public static DemoSummary Write(DemoTarget target, string path, DemoOptions options, CancellationToken cancellation = default, Action<SnapshotProgress>? progress = null)
    {
        CheckSize(options);
        var (entries, models) = target.Write(cancellation, () =>
        {
            WriteMeta(target, options);
            const long importId = 1; // the demo's one import, in a new snapshot
            WriteImport(target, importId, options);
            WriteBotAccounts(target);
            using (var overrides = target.Rows("created_at_overrides", "fullname", "created_at", "reason"))
                overrides.Run(BaseModelFamilies.Llama3_8B.Fullname, "2024-04-17T23:16:24Z", "created privately before the public release (synthetic demo base)");

            var written = WriteModels(target, importId, options, cancellation, progress);
            target.Execute(string.Create(CultureInfo.InvariantCulture,
                $"UPDATE imports SET rows_read = {written.Entries}, rows_kept = {written.Entries} WHERE import_id = {importId}"));
            HubResponses.Write(target);
            progress?.Invoke(SnapshotProgress.Started("cleaning and indexing"));
            target.Clean();
            return written;
        });
        var authors = Convert.ToInt32(target.Query("SELECT COUNT(DISTINCT author) FROM commit_authors")[0][0], CultureInfo.InvariantCulture);
        cancellation.ThrowIfCancellationRequested(); // the last moment the target can still be left alone
        target.Complete();
        return new DemoSummary(path, models, entries, authors);
    }

    private static void CheckSize(DemoOptions options)
    {
        if (options.Models < MinimumModels)
            throw new ArgumentOutOfRangeException(nameof(options), $"a demo needs at least {MinimumModels} models (got {options.Models})");
    }

    private const string WritingModels = "writing models";

    private static (int Entries, int Models) WriteModels(DemoTarget target, long importId, DemoOptions options,
        CancellationToken cancellation, Action<SnapshotProgress>? progress)
    {
        var timeline = new CreationTimeline();
        var people = new People(options.Models, options.Seed);
        var factory = new DemoModelFactory(people, new FamilyAssignment(timeline));
        var modelRandom = DemoRandom.ForStream(options.Seed, "models");
        var hubRandom = DemoRandom.ForStream(options.Seed, "hub");
        var timeRandom = DemoRandom.ForStream(options.Seed, "creation-times");

        var stages = new StagedTables(target);
        int entries, models;
        using (var writer = new DemoRowWriter(target, importId, people))
        {
            var officials = BaseModelFamilies.AllBases.ToList();
            foreach (var official in officials)
                writer.Write(factory.Official(official, modelRandom), hubRandom);
            foreach (var createdAt in timeline.AscendingTimes(options.Models - officials.Count, timeRandom))
            {
                cancellation.ThrowIfCancellationRequested();
                writer.Write(factory.Next(createdAt, modelRandom), hubRandom);
                if (writer.ModelCount % 4096 == 0) progress?.Invoke(new SnapshotProgress(WritingModels, writer.ModelCount, options.Models));
            }
            (entries, models) = (writer.EntryCount, writer.ModelCount);
        }
        progress?.Invoke(new SnapshotProgress(WritingModels, models, options.Models));
        progress?.Invoke(SnapshotProgress.Started("copying the Hub tables"));
        stages.CopyIntoSnapshot();
        return (entries, models);
    }

    private static void WriteMeta(DemoTarget target, DemoOptions options)
    {
        using var meta = target.Rows("snapshot_meta", "key", "value");
        meta.Run(SnapshotMeta.SchemaVersion, SnapshotSchema.Version.ToString(CultureInfo.InvariantCulture));
        meta.Run(SnapshotMeta.CreatedAt, DemoClock.SnapshotCreatedAt);
        meta.Run(SnapshotMeta.Synthetic, "1");
        meta.Run(SnapshotMeta.Generator, GeneratorName);
        meta.Run("demo_seed", options.Seed.ToString(CultureInfo.InvariantCulture));
        meta.Run("demo_models", options.Models.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The import row; its hash identifies the generator arguments, as a file hash would.</summary>
    private static void WriteImport(DemoTarget target, long importId, DemoOptions options)
    {
        var identity = string.Create(CultureInfo.InvariantCulture, $"{GeneratorName} v1 seed={options.Seed} models={options.Models}");
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        var sourceName = string.Create(CultureInfo.InvariantCulture, $"demo-seed{options.Seed}-models{options.Models}");
        using var imports = target.Rows("imports", "import_id", "source_name", "sha256", "format", "generation", "as_of", "imported_at",
            "rows_read", "rows_kept", "rows_skipped", "synthetic");
        imports.Run(importId, sourceName, sha, "demo", "v1", DemoClock.AsOf, DemoClock.ImportedAt, 0, 0, 0, 1);
    }

    private static void WriteBotAccounts(DemoTarget target)
    {
        using var bots = target.Rows("bot_accounts", "author", "reason");
        foreach (var bot in BotAccounts.All) bots.Run(bot.Name, bot.Reason);
    }
}

/// <summary>What a demo run wrote: repositories (distinct models), leaderboard entries and distinct commit authors.</summary>
public sealed record DemoSummary(string Path, int Models, int Entries, int Authors);
