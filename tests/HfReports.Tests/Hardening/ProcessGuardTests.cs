using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace HfReports.Tests.Hardening;

/// <summary>
/// The process-level guard suite: each class of attack on the released command line, run as a child process under
/// `timeout` and `prlimit` (<see cref="GuardedCli"/>). A hang, an abort or a stack trace fails the test; so does an
/// output written by a build that failed. Each test prints the peak memory and time of its worst case.
/// </summary>
public sealed class ProcessGuardTests(ITestOutputHelper log)
{
    /// <summary>What `build --verbose` writes to stderr once its SIGTERM handler is in place ("hfreports 1.2.3: snapshot ...").</summary>
    private const string ReadyMarker = ": snapshot ";

    private const string Endless = "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c";

    // 1. Every statement the engine runs on a snapshot is bounded and cancellable, its own included.

    [SkippableFact]
    public void A_snapshot_meta_view_that_never_ends_stops_with_exit_3_after_the_internal_limit()
    {
        using var workspace = new HostileWorkspace(Report("- text: hello"));
        SqliteFile.Execute(workspace.SnapshotPath, $"""
            ALTER TABLE snapshot_meta RENAME TO real_meta;
            CREATE VIEW snapshot_meta AS SELECT key, value FROM real_meta WHERE ({Endless}) > 0;
            """);
        var result = Build(workspace);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("took longer than 10 s", result.Error);
        Assert.InRange(result.Seconds, 0, 75); // the guard kills at 90 s; start-up on a loaded machine takes its share
    }

    [SkippableFact]
    public void A_snapshot_meta_view_with_endless_rows_stops_at_its_row_ceiling()
    {
        using var workspace = new HostileWorkspace(Report("- text: hello"));
        SqliteFile.Execute(workspace.SnapshotPath, """
            ALTER TABLE snapshot_meta RENAME TO real_meta;
            CREATE VIEW snapshot_meta AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c)
              SELECT key, value FROM real_meta UNION ALL SELECT 'k' || x, 'v' FROM c;
            """);
        var result = Build(workspace);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("returns more than 10,000 rows", result.Error);
    }

    [SkippableFact]
    public void A_required_table_that_never_ends_stops_and_sigterm_ends_it_at_once_with_130()
    {
        using var workspace = new HostileWorkspace(Report("""
            - table:
                id: t
                caption: c
                requires: { tables: [slow], reason: needs slow }
                data: { query: "select 1 as n" }
                columns: [n]
            """));
        SqliteFile.Execute(workspace.SnapshotPath, $"CREATE VIEW slow AS SELECT 1 AS n WHERE ({Endless}) > 0;");
        var stopped = Build(workspace);
        Assert.Equal(3, stopped.ExitCode);
        Assert.Contains("took longer than 10 s", stopped.Error);

        var interrupted = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath, "--no-cache", "--verbose"], signalOnError: ReadyMarker);
        Show(interrupted);
        Assert.True(interrupted.SecondsAfterSignal is not null, $"the build ended before it was signalled: {interrupted}");
        Assert.Equal(130, interrupted.ExitCode); // the internal limit would end it with 3 after 10 s
        Assert.False(interrupted.HasStackTrace, interrupted.ToString());
        Assert.InRange(interrupted.SecondsAfterSignal!.Value, 0, 30); // at once, with room for a loaded machine
        Assert.False(Directory.Exists(workspace.OutputFolder) && Directory.GetFiles(workspace.OutputFolder, "*.pdf").Length > 0);
    }

    // 1. SQLite looks at its interrupt only between steps; a function over long text is one step. A statement still
    //    running 2 s (QueryWatch.Grace) past its limit or past a SIGTERM ends the process with its diagnostic.

    private const string Uninterruptible = "select instr(printf('%.*c', 8000000, 'a'), printf('%.*c', 4000000, 'a') || 'b') as n";

    [SkippableFact]
    public void A_query_sqlite_cannot_interrupt_ends_the_process_within_its_grace_with_a_located_diagnostic()
    {
        using var workspace = new HostileWorkspace(Report(Table(Uninterruptible, "timeout: 2s")));
        var result = Build(workspace);
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("report.yaml:", result.Error);
        Assert.Contains("error: the query was still running 2 s past its time limit of 2 s, inside one SQLite step that cannot be interrupted", result.Error);
        Assert.Empty(Outputs(workspace));
        Assert.InRange(result.Seconds, 0, 45); // minutes without the watchdog

        // SIGTERM while the statement runs (its limit a minute away): 130 within the grace.
        workspace.Write("report.yaml", Report(Table(Uninterruptible, "timeout: 60s")));
        var interrupted = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath, "--no-cache", "--verbose"], signalOnError: ReadyMarker);
        Show(interrupted);
        Assert.Equal(130, interrupted.ExitCode);
        Assert.False(interrupted.HasStackTrace, interrupted.ToString());
        Assert.Contains("build interrupted", interrupted.Error);
        Assert.InRange(interrupted.SecondsAfterSignal!.Value, 0, 15);
        Assert.Empty(Outputs(workspace));
    }

    [SkippableFact]
    public void An_engine_read_sqlite_cannot_interrupt_ends_with_exit_3_within_its_grace()
    {
        using var workspace = new HostileWorkspace(Report("- text: hello"));
        SqliteFile.Execute(workspace.SnapshotPath, $"""
            ALTER TABLE snapshot_meta RENAME TO real_meta;
            CREATE VIEW snapshot_meta AS SELECT key, value FROM real_meta WHERE instr(printf('%.*c', 14000000, 'a'), printf('%.*c', 7000000, 'a') || 'b') = 0;
            """);
        var result = Build(workspace);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("cannot be read: reading it was still running 2 s past its time limit of 10 s", result.Error);
        Assert.InRange(result.Seconds, 0, 60);
    }

    // 2. Preparing a statement is bounded too: SQLite expands NOT MATERIALIZED CTEs while it prepares.

    [SkippableFact]
    public void Ctes_that_double_at_each_level_end_in_a_diagnostic_within_sqlite_s_memory_limit()
    {
        // With a long limit, SQLite's memory ceiling ends the expansion (it does not look at its interrupt meanwhile).
        foreach (var levels in new[] { 20, 40 })
        {
            using var workspace = new HostileWorkspace(Report(Table(DoublingCtes(levels), "timeout: 60s")));
            var result = Build(workspace);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("SQLite needed more than 512 MiB", result.Error);
            Assert.InRange(result.PeakKiB, 0, 1_400 * 1024);
            Assert.True(Outputs(workspace).Length == 0, string.Join(", ", Outputs(workspace)));
        }
        // With a short one, whichever comes first: the memory ceiling, or the watchdog 2 s past the limit.
        using var quick = new HostileWorkspace(Report(Table(DoublingCtes(40), "timeout: 2s")));
        var stopped = Build(quick);
        Assert.Equal(1, stopped.ExitCode);
        Assert.StartsWith("report.yaml:", stopped.Error);
        Assert.True(stopped.Error.Contains("SQLite needed more than 512 MiB", StringComparison.Ordinal)
            || stopped.Error.Contains("the query was still running 2 s past its time limit of 2 s", StringComparison.Ordinal), stopped.ToString());
        Assert.InRange(stopped.PeakKiB, 0, 1_400 * 1024);
        Assert.Empty(Outputs(quick));
    }

    [SkippableFact]
    public void Sqlite_s_statement_ceilings_hold_expression_depth_compound_terms_and_sql_length()
    {
        var deep = "select 1" + string.Concat(Enumerable.Repeat(" + 1", 300)) + " as n";
        var compound = "select 1 as n" + string.Concat(Enumerable.Repeat(" union all select 1", 150));
        foreach (var (sql, error) in new[] { (deep, "Expression tree is too large"), (compound, "too many terms in compound SELECT") })
        {
            using var workspace = new HostileWorkspace(Report(Table(sql)));
            var result = Build(workspace);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(error, result.Error);
        }
        using var longSql = new HostileWorkspace(Report(Table("select 1 as n -- " + new string('x', 1_100_000))));
        var tooLong = Build(longSql);
        Assert.Contains("the query is 1,100,017 bytes of SQL, more than the 1,000,000", tooLong.Error);
        Assert.Equal(1, tooLong.ExitCode);
    }

    // 3. YAML is measured before it is parsed into a tree: nesting depth and aliases expanded.

    [SkippableFact]
    public void Yaml_bombs_end_in_a_located_diagnostic()
    {
        var ladder = "- &a0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 8)
            .Select(i => $"- &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n"));
        foreach (var (yaml, error, line) in new[]
                 {
                     ("report:\n  id: r\n  title: " + new string('[', 50_000) + new string(']', 50_000) + "\n", "nests more than 64 levels deep", 3),
                     ("report:\n  id: r\n  title: T\n  frames:\n" + string.Concat(ladder.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => "    " + l + "\n")), "once its aliases (*name) are expanded", 9),
                 })
        {
            using var workspace = new HostileWorkspace(yaml);
            var result = Build(workspace);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains(error, result.Error);
            Assert.StartsWith($"report.yaml:{line}:", result.Error);
            Assert.InRange(result.PeakKiB, 0, 300 * 1024);
        }
    }

    [SkippableFact]
    public void A_manifest_too_large_or_too_deep_is_refused_before_it_is_parsed()
    {
        using var workspace = new HostileWorkspace(Report("- text: hello"));
        File.WriteAllText(workspace.ManifestPath, "snapshot: snapshot.db\nreports: [report.yaml]\nnote: " + new string('{', 100_000) + "\n");
        var deep = Build(workspace);
        Assert.NotEqual(0, deep.ExitCode);
        Assert.Contains("nests more than 64 levels deep", deep.Error);
        File.WriteAllText(workspace.ManifestPath, "snapshot: snapshot.db\nreports: [report.yaml]\n# " + new string('x', 3_000_000) + "\n");
        var large = Build(workspace);
        Assert.NotEqual(0, large.ExitCode);
        Assert.Contains("more than the 2,097,152 a spec file may have", large.Error);
    }

    // 4. Parameters are bound by SQLite, never pasted: Dapper's {=name} literal is an SQL error with a hint.

    [SkippableFact]
    public void Dapper_literal_tokens_are_refused_whatever_the_parameter_holds()
    {
        foreach (var (sql, param) in new[]
                 {
                     ("select count(*) as n from models where 1 = 1 -{=n} and fullname = 'nobody'", "n=-1"),
                     ("select {=n} as n", "n=it's"),
                     ("select {=n} as n; delete from models", "n=1"),
                 })
        {
            using var workspace = new HostileWorkspace(Report(Table(sql), parameters: "parameters: { n: 1 }"));
            var before = File.ReadAllBytes(workspace.SnapshotPath);
            var result = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath, "--param", param, "--format", "json"]);
            Show(result);
            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("{", result.Output.TrimStart());
            Assert.Contains("would paste a value into the SQL text", result.Output);
            Assert.Equal(before, File.ReadAllBytes(workspace.SnapshotPath));
        }
    }

    // 5. The outputs of a build replace the previous ones together, or not at all.

    [SkippableFact]
    public void A_build_whose_pdf_cannot_be_laid_out_leaves_every_previous_output_byte_identical()
    {
        using var workspace = new HostileWorkspace(Report(Figure("height: 2")));
        var first = Build(workspace);
        Assert.Equal(0, first.ExitCode);
        var before = Snapshot(workspace);
        Assert.Equal(3, before.Count); // PDF, HTML, manifest

        workspace.Write("report.yaml", Report(Figure("height: 19")).Replace("title: Guarded", "title: Changed"));
        var failed = Build(workspace);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("cannot be laid out", failed.Error);
        Assert.Equal(before, Snapshot(workspace));
    }

    // 5. A full disk mid-write: the output folder is a 200 KiB tmpfs that holds the first set (26 KB) but not the next
    //    PDF or HTML (about 270 KB each). Needs root for the mount, in a private mount namespace that vanishes with
    //    the script. RLIMIT_FSIZE is no substitute: the .NET runtime cannot start under it (it maps its code through a
    //    file), and with that mapping off, SIGXFSZ kills the process rather than failing the write.

    [SkippableFact]
    public void A_disk_that_fills_up_mid_write_leaves_the_previous_outputs_byte_identical_and_no_temporary_file()
    {
        var unshare = Requires.Program("unshare", "util-linux");
        Requires.That(CanMountTmpfs(unshare), "mounting a small tmpfs in a private mount namespace needs root (CAP_SYS_ADMIN): the full-disk case cannot run");
        Requires.Program(GuardedCli.GnuTime, "time");
        using var workspace = new HostileWorkspace(Report("- text: hello"));
        workspace.Write("larger.yaml", Report("- text: \"{{ for i in 1..30000 }}word{{ i }} {{ end }}\"").Replace("title: Guarded", "title: Larger"));
        var cli = $"{GuardedCli.Timeout} -s KILL 90 {GuardedCli.Prlimit} --as={GuardedCli.AddressSpaceBytes} -- dotnet exec {Quote(Path.Combine(AppContext.BaseDirectory, "hfreports.dll"))}";
        var script = string.Join('\n',
            $"cd {Quote(workspace.Folder)}",
            "mkdir -p out && mount -t tmpfs -o size=200k tmpfs out || exit 99",
            $"{cli} build reports.yaml --no-cache >/dev/null 2>first.err; echo \"first $?\"",
            "echo '--- before'; (cd out && sha256sum guarded.pdf guarded.html manifest.json)",
            "cp larger.yaml report.yaml",
            $"{GuardedCli.GnuTime} -o timing -f '%M %e' {cli} build reports.yaml --no-cache 2>second.err; echo \"second $?\"; echo \"peak $(tail -1 timing)\"",
            "echo '--- after'; (cd out && sha256sum guarded.pdf guarded.html manifest.json)",
            "echo '--- files'; ls -A out");
        var (code, output, error) = RunScript(unshare, script);
        Assert.True(code == 0, $"the script failed (exit {code}):\n{output}\n{error}");
        var first = File.ReadAllText(Path.Combine(workspace.Folder, "first.err"));
        var second = File.ReadAllText(Path.Combine(workspace.Folder, "second.err"));
        log.WriteLine(output + second);
        Assert.Contains("first 0", output);
        Assert.Contains("second 3", output);
        Assert.DoesNotContain("   at ", second);
        Assert.Contains("could not be written", second);
        Assert.Contains("No space left on device", second);
        Assert.Contains("the previous outputs are unchanged", second);
        // The lines a section's command printed: hashes and names, up to the next marker or result line.
        string Section(string name) => string.Join('\n', output.Split($"--- {name}\n")[1].Split('\n')
            .TakeWhile(line => !line.StartsWith("---", StringComparison.Ordinal) && !line.StartsWith("second ", StringComparison.Ordinal))
            .Where(line => line.Length > 0));
        Assert.Equal(3, Section("before").Split('\n').Length);
        Assert.Equal(Section("before"), Section("after"));
        Assert.Equal([".hfreports.lock", ".hfreports.lock.owner", "guarded.html", "guarded.pdf", "manifest.json"],
            Section("files").Split('\n').Order(StringComparer.Ordinal).ToArray());
        Assert.True(first.Length == 0 || !first.Contains("error", StringComparison.Ordinal), first);
    }

    private static bool CanMountTmpfs(string unshare) =>
        RunScript(unshare, "mkdir -p /tmp/hfreports-mount-probe-$$ && mount -t tmpfs -o size=64k tmpfs /tmp/hfreports-mount-probe-$$ && umount /tmp/hfreports-mount-probe-$$; r=$?; rmdir /tmp/hfreports-mount-probe-$$; exit $r").Code == 0;

    private static (int Code, string Output, string Error) RunScript(string unshare, string script)
    {
        var start = new System.Diagnostics.ProcessStartInfo(unshare, ["--mount", "--propagation", "private", "sh", "-c", script])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + GuardedCli.ManagedHeapBytes.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["NO_COLOR"] = "1";
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    // 11. Builds are reproducible and names echoed from specs cannot drive the terminal.

    [SkippableFact]
    public void Templates_cannot_read_the_clock_or_draw_random_numbers()
    {
        foreach (var (template, function) in new[] { ("{{ date.now }}", "date.now"), ("{{ math.random 1 10 }}", "math.random"), ("{{ math.uuid }}", "math.uuid") })
        {
            using var workspace = new HostileWorkspace(Report($"- text: \"Built {template}.\""));
            var result = Build(workspace);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains($"{function} is not available", result.Error);
        }
    }

    [SkippableFact]
    public void Control_characters_from_a_spec_reach_the_terminal_escaped()
    {
        using var workspace = new HostileWorkspace(Report("- text: hello\n  \"bogus\\e[2J\\rkey\": 1"));
        var result = Build(workspace);
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Error);
        Assert.DoesNotContain('\r', result.Error);
        Assert.Contains("bogus\\u001b[2J\\u000dkey", result.Error);
    }

    // 6. Every exit path maps a cancellation to 130, parallel query evaluation included.

    [SkippableFact]
    public void Sigterm_during_parallel_queries_exits_130_without_a_stack_trace()
    {
        var tables = string.Join("\n", Enumerable.Range(1, 4).Select(i => Table(Endless.Replace("count(*)", "count(*) as n"), id: $"t{i}")));
        using var workspace = new HostileWorkspace(Report(tables));
        var result = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath, "--jobs", "4", "--no-cache", "--verbose"], signalOnError: ReadyMarker);
        Show(result);
        Assert.True(result.SecondsAfterSignal is not null, $"the build ended before it was signalled: {result}");
        Assert.Equal(130, result.ExitCode);
        Assert.False(result.HasStackTrace, result.ToString());
        Assert.Contains("build interrupted", result.Error);
    }

    // 6. Markup, layout and drawing check the cancellation too: SIGTERM while the PDF is laid out acts at once.

    [SkippableFact]
    public void Sigterm_during_a_long_layout_exits_130_at_once_and_leaves_no_file()
    {
        // Twelve paragraphs of 100,000 words each: minutes of layout, far past the moment of the signal.
        var blocks = string.Join("\n", Enumerable.Range(1, 12).Select(_ => "- text: \"{{ for i in 1..99999 }}word{{ i }} {{ end }}\""));
        using var workspace = new HostileWorkspace(Report(blocks), manifest: "snapshot: snapshot.db\noutput: out\nformats: [pdf]\nreports: [report.yaml]\n");
        // The PDF's temporary file exists exactly while the PDF is laid out and drawn.
        bool LayingOut() => Directory.Exists(workspace.OutputFolder) && Directory.GetFiles(workspace.OutputFolder, ".guarded.pdf.*.tmp").Length > 0;
        var result = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath, "--no-cache"], signalWhen: LayingOut);
        Show(result);
        Assert.True(result.SecondsAfterSignal is not null, $"the build ended before its layout began: {result}");
        Assert.Equal(130, result.ExitCode);
        Assert.False(result.HasStackTrace, result.ToString());
        Assert.InRange(result.SecondsAfterSignal!.Value, 0, 15);
        Assert.Empty(Outputs(workspace));
    }

    // 7. A read-only build creates no file beside a WAL snapshot, and one whose log has lost its index is refused.

    [SkippableFact]
    public void A_build_creates_no_side_files_beside_a_wal_snapshot()
    {
        using var workspace = new HostileWorkspace(Report(Table("select count(*) || ' models counted' as n from models")));
        SqliteFile.Execute(workspace.SnapshotPath, "PRAGMA journal_mode = WAL;"); // closing the last connection folds the log back and removes it
        Assert.False(File.Exists(workspace.SnapshotPath + "-wal"));
        var built = Build(workspace);
        Assert.Equal(0, built.ExitCode);
        Assert.Contains("6 models counted", File.ReadAllText(Path.Combine(workspace.OutputFolder, "guarded.html")));
        Assert.False(File.Exists(workspace.SnapshotPath + "-wal"), "the build created snapshot.db-wal");
        Assert.False(File.Exists(workspace.SnapshotPath + "-shm"), "the build created snapshot.db-shm");

        // Pages committed to the log of a copy made without its -shm index: refused, and still no file created.
        using (var writer = new SqliteConnection($"Data Source={workspace.SnapshotPath};Pooling=False"))
        {
            writer.Open();
            using var command = writer.CreateCommand();
            command.CommandText = "PRAGMA wal_autocheckpoint = 0; INSERT INTO models SELECT fullname || '-copy', arch_group, params_b, average, created_at FROM models;";
            command.ExecuteNonQuery();
            var copy = Path.Combine(workspace.Folder, "copy.db");
            File.Copy(workspace.SnapshotPath, copy);
            File.Copy(workspace.SnapshotPath + "-wal", copy + "-wal");
        }
        var refused = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath, "--no-cache", "--snapshot", Path.Combine(workspace.Folder, "copy.db")]);
        Show(refused);
        Assert.Equal(3, refused.ExitCode);
        Assert.Contains("checkpoint it into one file first", refused.Error);
        Assert.False(File.Exists(Path.Combine(workspace.Folder, "copy.db-shm")), "the build created copy.db-shm");
    }

    // 7. A WAL snapshot's committed pages in its -wal file are part of what the cache keys on.

    [SkippableFact]
    public void A_rebuild_sees_rows_committed_to_the_write_ahead_log()
    {
        using var workspace = new HostileWorkspace(Report(Table("select count(*) || ' models counted' as n from models")));
        using var writer = new SqliteConnection($"Data Source={workspace.SnapshotPath};Pooling=False");
        writer.Open();
        using (var command = writer.CreateCommand())
        {
            command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;";
            command.ExecuteNonQuery();
        }
        var first = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath]);
        Show(first);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("6 models counted", File.ReadAllText(Path.Combine(workspace.OutputFolder, "guarded.html")));
        using (var command = writer.CreateCommand())
        {
            command.CommandText = "INSERT INTO models SELECT fullname || '-copy', arch_group, params_b, average, created_at FROM models;";
            command.ExecuteNonQuery();
        }
        Assert.True(new FileInfo(workspace.SnapshotPath + "-wal").Length > 0, "the rows are not in the -wal file");
        var rebuilt = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath]);
        Show(rebuilt);
        Assert.Equal(0, rebuilt.ExitCode);
        Assert.Contains("12 models counted", File.ReadAllText(Path.Combine(workspace.OutputFolder, "guarded.html")));
    }

    // 8. A refused PRAGMA is denied before SQLite acts on it, with the same message whatever its argument names.

    [SkippableFact]
    public void Refused_pragmas_say_the_same_whether_their_folder_exists_or_not()
    {
        var messages = new List<string>();
        foreach (var folder in new[] { "/tmp", "/nonexistent/folder", "/proc" })
        {
            using var workspace = new HostileWorkspace(Report(Table($"pragma temp_store_directory = '{folder}'")));
            var result = Build(workspace);
            Assert.Equal(1, result.ExitCode);
            messages.Add(result.Error.Replace(folder, "<folder>"));
        }
        Assert.Single(messages.Distinct());
        Assert.Contains("PRAGMA temp_store_directory = <folder> is refused", messages[0]);
    }

    // 10. Malformed snapshots: one line, exit 3, the cause.

    [SkippableFact]
    public void Malformed_snapshot_meta_is_one_line_with_exit_3()
    {
        foreach (var (alter, cause) in new[]
                 {
                     ("ALTER TABLE snapshot_meta RENAME TO m; CREATE TABLE snapshot_meta (key, value); INSERT INTO snapshot_meta SELECT * FROM m; INSERT INTO snapshot_meta VALUES ('synthetic', '1');", "holds the key 'synthetic' more than once"),
                     ("ALTER TABLE snapshot_meta RENAME TO m; CREATE TABLE snapshot_meta (key, value); INSERT INTO snapshot_meta SELECT * FROM m; INSERT INTO snapshot_meta VALUES (NULL, 'x');", "holds a key that is NULL"),
                     ("ALTER TABLE snapshot_meta RENAME TO m; CREATE TABLE snapshot_meta (key, value); INSERT INTO snapshot_meta SELECT * FROM m; INSERT INTO snapshot_meta VALUES (x'00ff', 'x');", "holds a key that is a blob"),
                     ("DROP TABLE snapshot_meta;", "is not an HfReports snapshot: no such table: snapshot_meta"),
                 })
        {
            using var workspace = new HostileWorkspace(Report("- text: hello"));
            SqliteFile.Execute(workspace.SnapshotPath, alter);
            var result = Build(workspace);
            Assert.Equal(3, result.ExitCode);
            Assert.Contains(cause, result.Error);
            Assert.Single(result.Error.Trim().Split('\n'));
        }
    }

    [SkippableFact]
    public void A_snapshot_locked_by_a_writer_is_reported_as_locked_within_seconds()
    {
        using var workspace = new HostileWorkspace(Report("- text: hello"));
        using var writer = new SqliteConnection($"Data Source={workspace.SnapshotPath};Pooling=False");
        writer.Open();
        using (var command = writer.CreateCommand())
        {
            command.CommandText = "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE models SET average = average;";
            command.ExecuteNonQuery();
        }
        var result = Build(workspace);
        Assert.Equal(3, result.ExitCode);
        Assert.Contains("is locked by another process", result.Error);
        Assert.InRange(result.Seconds, 0, 75); // a wait without end would reach the guard's 90 s
    }

    // 10. Operator mistakes: one line, exit 2 for usage, 3 for the environment, and the right cause.

    [SkippableFact]
    public void Operator_mistakes_are_one_line_with_the_right_exit_code_and_cause()
    {
        using var workspace = new HostileWorkspace(Report("- text: hello"));
        var file = Path.Combine(workspace.Folder, "a-file.txt");
        File.WriteAllText(file, "not a folder");
        foreach (var (arguments, code, cause) in new (string[], int, string)[]
                 {
                     (["build", "--bogus"], 2, "unknown option '--bogus'"),
                     (["build", workspace.ManifestPath, "--output", ""], 2, "--output is empty"),
                     (["build", workspace.ManifestPath, "--output", file], 2, "is a file; give a folder"),
                     (["build", workspace.ManifestPath, "--snapshot", Path.Combine(workspace.Folder, "out", "guarded.pdf"), "--output", Path.Combine(workspace.Folder, "out")],
                         3, "would be overwritten by an output of the same name"),
                 })
        {
            if (arguments.Contains("--snapshot")) Directory.CreateDirectory(workspace.OutputFolder);
            if (arguments.Contains("--snapshot")) File.Copy(workspace.SnapshotPath, Path.Combine(workspace.OutputFolder, "guarded.pdf"), overwrite: true);
            var result = GuardedCli.Run(workspace.Folder, arguments);
            Show(result);
            Assert.False(result.HasStackTrace, result.ToString());
            Assert.Equal(code, result.ExitCode);
            Assert.Contains(cause, result.Error);
            Assert.Single(result.Error.Trim().Split('\n'));
        }
    }

    // 12. Small leaks: the snapshot's path, the cache outside the project.

    [SkippableFact]
    public void The_snapshot_s_path_is_not_readable_and_the_cache_stays_in_the_project()
    {
        foreach (var sql in new[] { "select file as n from pragma_database_list", "pragma database_list" })
        {
            using var workspace = new HostileWorkspace(Report(Table(sql)));
            var result = Build(workspace);
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("database_list is refused", result.Error);
            Assert.DoesNotContain(workspace.SnapshotPath, result.Error + result.Output);
        }
        using var project = new HostileWorkspace(Report(Table("select count(*) as n from models")), manifest: "snapshot: snapshot.db\noutput: .\nreports: [report.yaml]\n");
        var parent = Path.GetDirectoryName(project.Folder)!;
        var cacheBefore = Directory.Exists(Path.Combine(parent, ".hfcache"));
        var built = GuardedCli.Run(project.Folder, ["build", project.ManifestPath]);
        Show(built);
        Assert.Equal(0, built.ExitCode);
        Assert.True(Directory.Exists(Path.Combine(project.Folder, ".hfcache")), "the cache is not in the project folder");
        Assert.Equal(cacheBefore, Directory.Exists(Path.Combine(parent, ".hfcache")));
    }

    [SkippableFact]
    public void Hard_links_to_files_outside_the_report_are_refused()
    {
        using var workspace = new HostileWorkspace(Report("""
            - table:
                id: t
                caption: c
                data: { sql: secret.sql }
                columns: [n]
            """));
        var outside = Path.Combine(workspace.Outside, "secret.sql");
        File.WriteAllText(outside, "select 'a secret from outside' as n");
        using (var ln = System.Diagnostics.Process.Start("ln", [outside, Path.Combine(workspace.Folder, "secret.sql")])!) ln.WaitForExit();
        var result = Build(workspace);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("SQL file 'secret.sql' is a hard link", result.Error);
        Assert.Empty(Outputs(workspace));
    }

    private GuardedCli.Result Build(HostileWorkspace workspace) => Build(log, workspace);

    internal static GuardedCli.Result Build(ITestOutputHelper log, HostileWorkspace workspace)
    {
        var result = GuardedCli.Run(workspace.Folder, ["build", workspace.ManifestPath, "--no-cache"]);
        Show(log, result);
        Assert.False(result.KilledByTimeout, $"the build hung: {result}");
        Assert.False(result.Crashed, $"the build crashed: {result}");
        Assert.False(result.HasStackTrace, $"the build printed a stack trace: {result}");
        return result;
    }

    /// <summary>Every file of the output folder but the lock, with its bytes.</summary>
    internal static Dictionary<string, string> Snapshot(HostileWorkspace workspace) =>
        Directory.GetFiles(workspace.OutputFolder).Where(f => !Path.GetFileName(f).StartsWith(".hfreports.lock", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))))!;

    public static string Figure(string extra) => $$"""
        - figure:
            id: f
            caption: A figure
            {{extra}}
            data: { query: "select fullname as x, average as y from models" }
            chart: { type: scatter, x: y, y: y }
        """;

    /// <summary>The files a build writes (the lock file aside).</summary>
    internal static string[] Outputs(HostileWorkspace workspace) =>
        Directory.Exists(workspace.OutputFolder)
            ? Directory.GetFiles(workspace.OutputFolder).Where(f => !Path.GetFileName(f).StartsWith(".hfreports.lock", StringComparison.Ordinal)).ToArray()
            : [];

    private void Show(GuardedCli.Result result) => Show(log, result);

    internal static void Show(ITestOutputHelper log, GuardedCli.Result result) =>
        log.WriteLine($"exit {result.ExitCode}, peak {result.PeakKiB / 1024.0:0} MiB, {result.Seconds:0.00} s: {result.Error.Split('\n')[0]}");

    public static string DoublingCtes(int levels) =>
        "with c0(x) as not materialized (select 1)"
        + string.Concat(Enumerable.Range(1, levels).Select(i => $", c{i}(x) as not materialized (select x from c{i - 1} union all select x from c{i - 1})"))
        + $" select count(*) as n from c{levels}";

    public static string Report(string blocks, string parameters = "") => $"""
        report:
          id: guarded
          title: Guarded
          {parameters}
          sections:
            - title: Only
              blocks:
        {string.Join('\n', blocks.Split('\n').Select(line => "        " + line))}

        """;

    public static string Table(string sql, string extra = "", string id = "t") => $"""
        - table:
            id: {id}
            caption: A table
            data:
              query: "{sql.Replace("\\", "\\\\").Replace("\"", "\\\"")}"
              {extra}
            columns: [n]
        """;
}
