using System.Globalization;
using Dapper;
using HfReports.Ingest.Snapshot;
using Microsoft.Data.Sqlite;

namespace HfReports.Ingest.Import;

/// <summary>
/// `hfreports snapshot import`: adds leaderboard exports to a snapshot as dated imports.
/// Everything happens in one transaction: a new snapshot is built in a temporary file and moved
/// into place only when complete; an existing one gets the new imports under BEGIN IMMEDIATE and
/// is left exactly as it was when anything fails. A file whose SHA-256 is already imported is a
/// no-op. After the inserts, `models` is rebuilt (data/clean.sql) from the newest import.
/// </summary>
public static class SnapshotImporter
{
    public const string Generator = "hfreports snapshot import";

    private sealed record Source(string Path, string Name, string Sha256);

    /// <summary>What every step of one import needs.</summary>
    private sealed record ImportRun(ImportOptions Options, Action<SnapshotProgress>? Progress, ImportSteps Steps, CancellationToken Cancellation);

    /// <exception cref="ArgumentException">The options are contradictory (usage error).</exception>
    /// <exception cref="ImportEnvironmentException">An input file or the snapshot cannot be used or written.</exception>
    /// <exception cref="ImportDataException">An export is refused; the snapshot is unchanged.</exception>
    /// <param name="progress">Bytes read of each file (the step is the file's name), and every other step as it
    /// starts (hashing, cleaning, committing, ...).</param>
    /// <param name="cancellation">Stops the import (between rows, or by interrupting SQLite mid-statement); the
    /// snapshot is then left as it was and <see cref="OperationCanceledException"/> is thrown.</param>
    public static ImportSummary Run(ImportOptions options, Action<SnapshotProgress>? progress = null, CancellationToken cancellation = default)
    {
        Validate(options);
        var steps = new ImportSteps(progress);
        var sources = steps.Time("hashing the exports", () => options.Files.Select(ReadSource).ToList());
        try
        {
            var run = new ImportRun(options, progress, steps, cancellation);
            return File.Exists(options.OutPath) && !options.Force ? AddToExisting(run, sources) : BuildNew(run, sources);
        }
        catch (SqliteException problem)
        {
            // A full disk, a locked file, a snapshot altered by hand: the transaction is rolled back
            // (or the temporary file deleted) before this is thrown.
            throw new ImportEnvironmentException(
                $"{options.OutPath}: SQLite could not write the snapshot ({problem.Message}); it is left as it was", problem);
        }
    }

    private static void Validate(ImportOptions options)
    {
        if (options.Files.Count == 0) throw new ArgumentException("give at least one export file");
        if (options.AsOf is null) return;
        if (!AsOfDate.IsDate(options.AsOf)) throw new ArgumentException($"--as-of must be a date YYYY-MM-DD, got '{options.AsOf}'");
        if (options.Files.Count > 1) throw new ArgumentException("--as-of dates a single export; import several files one at a time or let their names date them");
    }

    private static Source ReadSource(string path)
    {
        if (Directory.Exists(path)) throw new ImportEnvironmentException($"{path}: is a folder, expected an export file");
        if (!File.Exists(path)) throw new ImportEnvironmentException($"{path}: no such file");
        try { return new Source(path, Path.GetFileName(path), FileSha256.Of(path)); }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            throw new ImportEnvironmentException($"{path}: cannot read the file ({problem.Message})", problem);
        }
    }

    private static ImportSummary BuildNew(ImportRun run, List<Source> sources)
    {
        using var snapshot = new NewSnapshotFile(run.Options.OutPath);
        // A new snapshot is a temporary file until it is complete: if anything fails it is deleted, so it
        // needs no rollback journal and no syncs, which large imports spend much of their time on.
        snapshot.Connection.Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF");
        var (results, warnings) = ImportAll(snapshot.Connection, sources, run);
        var summary = run.Steps.Time("summarising", () => Summarise(snapshot.Connection, run.Options.OutPath, results, warnings));
        run.Cancellation.ThrowIfCancellationRequested(); // the last moment the target can still be left alone
        run.Steps.Time("moving the snapshot into place", snapshot.Complete);
        return summary with { Steps = run.Steps.All };
    }

    private static ImportSummary AddToExisting(ImportRun run, List<Source> sources)
    {
        using var connection = OpenExisting(run.Options.OutPath);
        var (results, warnings) = ImportAll(connection, sources, run);
        var summary = run.Steps.Time("summarising", () => Summarise(connection, run.Options.OutPath, results, warnings));
        return summary with { Steps = run.Steps.All };
    }

    private static SqliteConnection OpenExisting(string path)
    {
        SqliteConnection? connection = null;
        try
        {
            connection = SnapshotConnection.OpenReadWrite(path, create: false);
            // An earlier version is brought up to date by the rebuild of `models` that follows the import (SchemaUpgrade).
            if (SchemaUpgrade.Check(connection) is null)
                throw new ImportEnvironmentException($"{path}: snapshot_meta has no schema_version; use --force to rebuild it");
            if (SnapshotMeta.Get(connection, SnapshotMeta.Synthetic) == "1")
                throw new ImportEnvironmentException($"{path}: is a synthetic demo snapshot; real exports are not mixed into it (use --force to replace it)");
            return connection;
        }
        catch (SqliteException problem)
        {
            connection?.Dispose();
            throw new ImportEnvironmentException($"{path}: not a readable snapshot ({problem.Message}); use --force to replace it", problem);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    /// <returns>Each file's result, and warnings about the snapshot as a whole (generations mixed).</returns>
    private static (List<FileImportResult>, IReadOnlyList<string>) ImportAll(SqliteConnection connection, List<Source> sources, ImportRun run)
    {
        var results = new List<FileImportResult>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<Source>();
        foreach (var source in sources)
        {
            var stored = connection.QuerySingleOrDefault<StoredImport>(
                "SELECT format AS Format, as_of AS AsOf FROM imports WHERE sha256 = @Sha256", new { source.Sha256 });
            if (stored is not null || !seen.Add(source.Sha256))
                results.Add(new FileImportResult(source.Name, source.Sha256, AlreadyImported: true, stored?.Format, stored?.AsOf));
            else
                pending.Add(source);
        }
        // Nothing new to import: the snapshot is left as it is, unless it is of an earlier schema version, which the rebuild
        // of `models` below brings up to date.
        if (pending.Count == 0 && SchemaUpgrade.Check(connection) == SnapshotSchema.Version) return (results, []);

        // A bigger page cache keeps index inserts of large exports in memory (64 MiB).
        connection.Execute("PRAGMA cache_size = -65536");
        return SqliteInterruption.Run(connection, run.Cancellation, () =>
        {
            using var transaction = connection.BeginTransaction(deferred: false); // BEGIN IMMEDIATE
            foreach (var source in pending)
                results.Add(run.Steps.Time($"reading and inserting {source.Name}", () => ImportOne(connection, transaction, source, run), announce: false));
            run.Steps.Time("cleaning and indexing (data/clean.sql, models-indexes.sql)", () => ModelsTable.Rebuild(connection, transaction));
            CheckModelsKept(connection, transaction);
            var warnings = GenerationMix.Warnings(connection, transaction, run.Options.OutPath);
            WriteMeta(connection, transaction);
            run.Cancellation.ThrowIfCancellationRequested();
            run.Steps.Time("committing", transaction.Commit);
            return (results, warnings);
        });
    }

    private static FileImportResult ImportOne(SqliteConnection connection, SqliteTransaction transaction, Source source, ImportRun run)
    {
        var options = run.Options;
        using var export = OpenExport(source);
        var importId = connection.ExecuteScalar<long>(
            """
            INSERT INTO imports (source_name, sha256, format, generation, as_of, imported_at, rows_read, rows_kept)
            VALUES (@Name, @Sha256, @Format, @Generation, '', @ImportedAt, 0, 0) RETURNING import_id
            """,
            new { source.Name, source.Sha256, Format = export.Format.Name, export.Format.Generation, ImportedAt = Timestamp(options.ImportedAt ?? DateTime.UtcNow) },
            transaction);

        int kept = 0, flagged = 0;
        ExportReadResult read;
        using (var writer = new EntryWriter(connection, importId))
        {
            read = export.ReadEntries(
                entry =>
                {
                    run.Cancellation.ThrowIfCancellationRequested();
                    writer.Write(entry);
                    kept++;
                    if (entry.IsFlagged == true) flagged++;
                },
                bytes => run.Progress?.Invoke(new SnapshotProgress(source.Name, bytes, export.Length)));
            writer.Complete();
        }

        if (read.RowsBad > 0 && !options.SkipBadRows)
            throw new ImportDataException(
                $"{source.Name}: {read.RowsBad} of {read.RowsRead} rows rejected; nothing was imported (--skip-bad-rows imports the others)",
                WithRemainder(read));
        if (kept == 0)
            throw new ImportDataException($"{source.Name}: all {read.RowsRead} rows rejected; nothing was imported", WithRemainder(read));
        FlaggedShare.Check(source.Name, export.Format, export.Columns, kept, flagged);

        var asOf = options.AsOf ?? AsOfDate.FromFileName(source.Name) ?? read.NewestSubmissionDate
            ?? throw new ImportDataException($"{source.Name}: cannot tell the export date (none in the file name or the rows); pass --as-of YYYY-MM-DD");
        connection.Execute(
            "UPDATE imports SET as_of = @asOf, rows_read = @RowsRead, rows_kept = @kept, rows_skipped = @RowsBad WHERE import_id = @importId",
            new { asOf, read.RowsRead, kept, read.RowsBad, importId }, transaction);
        var distinct = connection.ExecuteScalar<int>(
            "SELECT COUNT(DISTINCT fullname) FROM leaderboard_entries WHERE import_id = @importId", new { importId }, transaction);

        return new FileImportResult(source.Name, source.Sha256, AlreadyImported: false, export.Format.Name, asOf,
            read.RowsRead, kept, read.RowsBad, distinct, WithRemainder(read), export.Format.Generation, flagged, export.Warnings);
    }

    /// <summary>The current import must leave models to report on (see <see cref="FlaggedShare"/>).</summary>
    private static void CheckModelsKept(SqliteConnection connection, SqliteTransaction transaction)
    {
        var current = connection.QuerySingle<CurrentImport>(
            "SELECT source_name AS SourceName, format AS Format FROM imports ORDER BY as_of DESC, import_id DESC LIMIT 1", transaction: transaction);
        FlaggedShare.CheckModelsKept(current.SourceName, current.Format, connection.ExecuteScalar<int>("SELECT COUNT(*) FROM models", transaction: transaction));
    }

    private static ExportFile OpenExport(Source source)
    {
        try { return ExportFile.Open(source.Path, source.Name); }
        catch (Exception problem) when (problem is IOException or UnauthorizedAccessException)
        {
            throw new ImportEnvironmentException($"{source.Path}: cannot read the file ({problem.Message})", problem);
        }
    }

    private static IReadOnlyList<string> WithRemainder(ExportReadResult read) =>
        read.RowsBad > read.Problems.Count
            ? [.. read.Problems, $"... and {read.RowsBad - read.Problems.Count} more"]
            : read.Problems;

    /// <summary>
    /// created_at is the newest export's date at midnight UTC rather than the wall clock, so the
    /// same exports always give the same snapshot facts (and the same PDF dates).
    /// </summary>
    private static void WriteMeta(SqliteConnection connection, SqliteTransaction transaction)
    {
        var newest = connection.ExecuteScalar<string>("SELECT max(as_of) FROM imports", transaction: transaction);
        SnapshotMeta.Set(connection, transaction, SnapshotMeta.SchemaVersion, SnapshotSchema.Version.ToString(CultureInfo.InvariantCulture));
        SnapshotMeta.Set(connection, transaction, SnapshotMeta.CreatedAt, $"{newest}T00:00:00Z");
        SnapshotMeta.Set(connection, transaction, SnapshotMeta.Synthetic, "0");
        SnapshotMeta.Set(connection, transaction, SnapshotMeta.Generator, Generator);
    }

    private static ImportSummary Summarise(SqliteConnection connection, string path, List<FileImportResult> results, IReadOnlyList<string> warnings)
    {
        var current = connection.ExecuteScalar<string?>("SELECT as_of FROM imports ORDER BY as_of DESC, import_id DESC LIMIT 1");
        var perType = connection.Query<StoredTypeCount>(
                "SELECT type_label AS Label, COUNT(*) AS Models FROM models GROUP BY type_label ORDER BY COUNT(*) DESC, type_label")
            .Select(row => new TypeCount(row.Label, row.Models))
            .ToList();
        return new ImportSummary(Path.GetFullPath(path), results, current, perType.Sum(type => type.Models), perType, [], warnings);
    }

    internal sealed record StoredImport(string Format, string AsOf);

    internal sealed record CurrentImport(string SourceName, string Format);

    internal sealed record StoredTypeCount(string Label, int Models);

    private static string Timestamp(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
