using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using HfReports.Ingest.Snapshot;
using Microsoft.Data.Sqlite;

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
        if (options.Models < MinimumModels)
            throw new ArgumentOutOfRangeException(nameof(options), $"a demo needs at least {MinimumModels} models (got {options.Models})");

        using var file = new NewSnapshotFile(path);
        var connection = file.Connection;
        // The file is a temporary one until Complete(): no journal or fsync needed to build it.
        connection.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144; PRAGMA temp_store = FILE; PRAGMA temp.cache_size = -65536; PRAGMA threads = 2;");

        var (entries, models) = SqliteInterruption.Run(connection, cancellation, () =>
        {
            using var transaction = connection.BeginTransaction();
            WriteMeta(connection, transaction, options);
            var importId = WriteImport(connection, transaction, options);
            WriteBotAccounts(connection, transaction);
            connection.Execute(
                "INSERT INTO created_at_overrides(fullname, created_at, reason) VALUES (@name, '2024-04-17T23:16:24Z', 'created privately before the public release (synthetic demo base)')",
                new { name = BaseModelFamilies.Llama3_8B.Fullname }, transaction);

            var written = WriteModels(connection, transaction, importId, options, cancellation, progress);
            connection.Execute("UPDATE imports SET rows_read = @Entries, rows_kept = @Entries WHERE import_id = @importId",
                new { written.Entries, importId }, transaction);
            HubResponses.Write(connection, transaction);
            progress?.Invoke(SnapshotProgress.Started("cleaning and indexing"));
            ModelsTable.Rebuild(connection, transaction);
            transaction.Commit();
            return written;
        });
        var authors = connection.ExecuteScalar<int>("SELECT COUNT(DISTINCT author) FROM commit_authors");
        cancellation.ThrowIfCancellationRequested(); // the last moment the target can still be left alone
        file.Complete();
        return new DemoSummary(Path.GetFullPath(path), models, entries, authors);
    }

    private const string WritingModels = "writing models";

    private static (int Entries, int Models) WriteModels(SqliteConnection connection, SqliteTransaction transaction, long importId, DemoOptions options,
        CancellationToken cancellation, Action<SnapshotProgress>? progress)
    {
        var timeline = new CreationTimeline();
        var people = new People(options.Models, options.Seed);
        var factory = new DemoModelFactory(people, new FamilyAssignment(timeline));
        var modelRandom = DemoRandom.ForStream(options.Seed, "models");
        var hubRandom = DemoRandom.ForStream(options.Seed, "hub");
        var timeRandom = DemoRandom.ForStream(options.Seed, "creation-times");

        var stages = new StagedTables(connection, transaction);
        int entries, models;
        using (var writer = new DemoRowWriter(connection, importId, people))
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

    private static void WriteMeta(SqliteConnection connection, SqliteTransaction transaction, DemoOptions options)
    {
        SnapshotMeta.Set(connection, transaction, SnapshotMeta.SchemaVersion, SnapshotSchema.Version.ToString(CultureInfo.InvariantCulture));
        SnapshotMeta.Set(connection, transaction, SnapshotMeta.CreatedAt, DemoClock.SnapshotCreatedAt);
        SnapshotMeta.Set(connection, transaction, SnapshotMeta.Synthetic, "1");
        SnapshotMeta.Set(connection, transaction, SnapshotMeta.Generator, GeneratorName);
        SnapshotMeta.Set(connection, transaction, "demo_seed", options.Seed.ToString(CultureInfo.InvariantCulture));
        SnapshotMeta.Set(connection, transaction, "demo_models", options.Models.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The import row; its hash identifies the generator arguments, as a file hash would.</summary>
    private static long WriteImport(SqliteConnection connection, SqliteTransaction transaction, DemoOptions options)
    {
        var identity = string.Create(CultureInfo.InvariantCulture, $"{GeneratorName} v1 seed={options.Seed} models={options.Models}");
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
        var sourceName = string.Create(CultureInfo.InvariantCulture, $"demo-seed{options.Seed}-models{options.Models}");
        return connection.ExecuteScalar<long>(
            """
            INSERT INTO imports(source_name, sha256, format, generation, as_of, imported_at, rows_read, rows_kept, rows_skipped, synthetic)
            VALUES (@sourceName, @sha, 'demo', 'v1', @asOf, @importedAt, 0, 0, 0, 1)
            RETURNING import_id
            """,
            new { sourceName, sha, asOf = DemoClock.AsOf, importedAt = DemoClock.ImportedAt }, transaction);
    }

    private static void WriteBotAccounts(SqliteConnection connection, SqliteTransaction transaction)
    {
        foreach (var bot in BotAccounts.All)
            connection.Execute("INSERT INTO bot_accounts(author, reason) VALUES (@Name, @Reason)", new { bot.Name, bot.Reason }, transaction);
    }
}

/// <summary>What a demo run wrote: repositories (distinct models), leaderboard entries and distinct commit authors.</summary>
public sealed record DemoSummary(string Path, int Models, int Entries, int Authors);
