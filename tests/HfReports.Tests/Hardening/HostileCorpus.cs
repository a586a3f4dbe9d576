namespace HfReports.Tests.Hardening;

/// <summary>
/// The hostile corpus: specs that try to damage the snapshot, read files outside the report, hang the
/// build or blow up the output, and data no chart or table expects. Each case states its exact outcome.
/// </summary>
public static class HostileCorpus
{
    public static IEnumerable<HostileCase> Cases() =>
        Sql().Concat(Templates()).Concat(Paths()).Concat(Data()).Concat(Ceilings());

    public static TheoryData<HostileCase> All()
    {
        var data = new TheoryData<HostileCase>();
        foreach (var c in Cases()) data.Add(c);
        return data;
    }

    private static IEnumerable<HostileCase> Sql()
    {
        foreach (var statement in Statements) yield return statement.AsCase();
        yield return new("sql-pragma-table-info", Table("pragma table_info(models)", "[name, type]"));
        yield return new("sql-pragma-function", Table("select name as label from pragma_table_info('models')"));
        yield return new("sql-bad-timeout", Table("select fullname as label from models", extra: "timeout: -1"), "'timeout' must be a duration", "timeout:");
        yield return new("sql-bad-max-rows", Table("select fullname as label from models", extra: "max_rows: 0"), "'max_rows' must be a whole number", "max_rows:");
        yield return new("sql-duplicate-column-names", Table("select fullname as label, arch_group as label from models"),
            "returns the column 'label' more than once", "query:");
        yield return new("sql-huge-blob", Table("select zeroblob(100000000) as label"), "string or blob too big", "query:");
    }

    /// <summary>The corpus's statements: each must be refused or stop at its limit, and change nothing. The SQLite build
    /// cases hold SQLite's exact messages; Backends/HostileStatementsTests runs the same statements on every engine.</summary>
    public static IReadOnlyList<HostileStatement> Statements { get; } =
    [
        new("sql-delete", "delete from models", "writing to 'models' is refused"),
        new("sql-insert", "insert into models values ('x', 'y', 1, 1, '2024-01-01')", "writing to 'models' is refused"),
        new("sql-update", "update models set average = 0", "writing to 'models' is refused"),
        new("sql-cte-insert", "with x as (select 1) insert into models select 'x', 'y', 1, 1, '2024-01-01' from x", "writing to 'models' is refused"),
        new("sql-drop", "drop table models", "DROP is refused"),
        new("sql-create", "create table evil(x)", "CREATE TABLE is refused"),
        new("sql-create-temp", "create temp table evil as select * from models", "CREATE TABLE is refused"),
        new("sql-attach", "attach database 'other.db' as other", "ATTACH is refused"),
        new("sql-detach", "detach database main", "DETACH is refused"),
        new("sql-vacuum-into", "vacuum into 'copy.db'", "VACUUM statements are refused"),
        new("sql-commented-vacuum", "-- tidy up\nvacuum", "VACUUM statements are refused"),
        new("sql-pragma-query-only-off", "pragma query_only = off", "PRAGMA query_only = off is refused"),
        new("sql-pragma-writable-schema", "pragma writable_schema = 1", "PRAGMA writable_schema = 1 is refused"),
        new("sql-pragma-journal", "pragma journal_mode = delete", "PRAGMA journal_mode = delete is refused"),
        new("sql-pragma-setting-read", "pragma cache_size", "PRAGMA cache_size is refused"),
        new("sql-pragma-temp-store-directory", "pragma temp_store_directory = '/tmp'", "PRAGMA temp_store_directory = /tmp is refused"),
        new("sql-load-extension", "select load_extension('/tmp/evil.so') as label", "load_extension() is refused"),
        new("sql-two-statements", "select fullname as label from models; delete from models", "more than one SQL statement"),
        new("sql-refused-second-statement", "select 1 as label; pragma temp_store_directory = '/tmp'", "more than one SQL statement"),
        new("sql-begin", "begin immediate", "transactions are refused"),
        new("sql-savepoint", "savepoint s", "transactions are refused"),
        new("sql-reindex", "reindex models", "REINDEX is refused"),
        new("sql-analyze", "analyze", "ANALYZE is refused"),
        new("sql-dapper-literal", "select count(*) as label from models where 1 = 1 -{=n}", "would paste a value into the SQL text"),
        new("sql-positional-parameter", "select ? as label", "positional parameters ('?') are refused"),
        new("sql-endless-cte-times-out", "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) as label from c",
            "the query was stopped after 300 ms", HostileOutcome.StopsAtTimeLimit, Timeout: TimeSpan.FromMilliseconds(300)),
        new("sql-row-limit", "select fullname as label from models", "more than 3 rows", HostileOutcome.StopsAtRowLimit, MaxRows: 3),
        new("sql-million-rows-over-default", "with d(x) as (values (0), (1), (2), (3), (4), (5), (6), (7), (8), (9)) " +
            "select a.x as label from d a, d b, d c, d e, d f, d g union all select 1",
            "more than 1,000,000 rows", HostileOutcome.StopsAtRowLimit),
    ];

    private static IEnumerable<HostileCase> Templates()
    {
        yield return new("template-include-outside", Text("{{ include '../report.yaml' }}"), "leaves the template folder", "text:");
        yield return new("template-include-absolute", Text("{{ include '/etc/passwd' }}"), "must name a file inside templates/", "text:");
        yield return new("template-folder-linked-outside", Text("{{ include 'secret.yaml' }}"), "leaves the template folder", "text:",
            Prepare: (folder, outside) => LinkOutside(folder, outside, "templates", directory: true));
        yield return new("template-include-missing", Text("{{ include 'nothing.sbn' }}"), "there is no such file in templates/", "text:");
        yield return new("template-include-allowed", Text("Before. {{ include 'note.sbn' }}"),
            Files: new Dictionary<string, string> { ["templates/note.sbn"] = "Included: {{ 1 + 1 }}." });
        yield return new("template-include-itself", Text("{{ include 'loop.sbn' }}"), "template error", Where: "templates/loop.sbn:1",
            Files: new Dictionary<string, string> { ["templates/loop.sbn"] = "again {{ include 'loop.sbn' }}" });
        yield return new("template-error-in-include", Text("{{ include 'bad.sbn' }}"), "template error", Where: "templates/bad.sbn:2",
            Files: new Dictionary<string, string> { ["templates/bad.sbn"] = "line one\n{{ no_such_variable }}" });
        yield return new("template-endless-while", Text("{{ while true }}x{{ end }}"), "template error", "text:");
        yield return new("template-nested-loops", Text("{{ for i in 1..100000 }}{{ for j in 1..100000 }}{{ end }}{{ end }}"), "template error", "text:");
        yield return new("template-endless-recursion", Text("{{ func f; ret f; end; f }}"), "template error", "text:");
        yield return new("template-output-flood", Text("{{ for i in 1..90000 }}{{ 'xxxxxxxxxxxxxxx' }}{{ end }}"), "template error", "text:");
        yield return new("template-catastrophic-regex",
            Text("{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.match '^(a+)+$' }}"), "template error", "text:");
        yield return new("template-unknown-variable", Text("Fine {{ secrets.key }}"), "template error", "text:");
        yield return new("template-hard-linked-outside", Text("{{ include 'secret.sbn' }}"), "include 'secret.sbn' is a hard link", "text:",
            Prepare: (folder, outside) => HardLinkOutside(folder, outside, "templates/secret.sbn"));
    }

    private static IEnumerable<HostileCase> Paths()
    {
        yield return new("path-include-climbs-out", "- include: ../outside.yaml", "include '../outside.yaml' leaves the report folder", "include:");
        yield return new("path-include-absolute", "- include: /etc/hostname", "include '/etc/hostname' must be a relative path", "include:");
        yield return new("path-sql-climbs-out", Table(null, extra: "sql: ../../../../../../etc/passwd"), "leaves the report folder", "sql:");
        yield return new("path-symlinked-folder", "- include: linked/secret.yaml", "include 'linked/secret.yaml' leaves the report folder", "include:",
            Prepare: (folder, outside) => LinkOutside(folder, outside, "linked", directory: true));
        yield return new("path-symlinked-file", "- include: secret.yaml", "include 'secret.yaml' leaves the report folder", "include:",
            Prepare: (folder, outside) => LinkOutside(folder, outside, "secret.yaml", directory: false));
        yield return new("path-hard-linked-include", "- include: secret.yaml", "include 'secret.yaml' is a hard link", "include:",
            Prepare: (folder, outside) => HardLinkOutside(folder, outside, "secret.yaml"));
        yield return new("path-hard-linked-sql", Table(null, extra: "sql: secret.sql"), "SQL file 'secret.sql' is a hard link", "sql:",
            Prepare: (folder, outside) => HardLinkOutside(folder, outside, "secret.sql"));
        yield return new("path-control-characters", "- include: \"fig\\u0000.yaml\"", "is not a usable path", "include:");
        yield return new("path-report-id-climbs-out", Text("hello"), "the report id '../evil' cannot name an output file", "id:", ReportId: "../evil");
        yield return new("path-report-id-separator", Text("hello"), "cannot name an output file", "id:", ReportId: "out/evil");
        yield return new("path-report-id-control", Text("hello"), "cannot name an output file", "id:", ReportId: "evil\\u001b[31m");
    }

    private static IEnumerable<HostileCase> Data()
    {
        const string All = "select kind, label, number, whole, day from hostile";
        yield return new("data-every-hostile-value-in-a-table", Table(All, "[kind, label, number, whole, day]"));
        yield return new("data-nan-and-infinities-formatted", Table(All, "[{ field: number, format: \"0.00\" }, { field: whole, format: \"#,##0\" }]",
            extra: "types: { number: real }"));
        yield return new("data-hostile-text-in-prose", Text("{{ for row in frames.hostile }}{{ row.label }} {{ end }}"),
            Frames: "hostile: { query: \"select label from hostile\" }");
        yield return new("data-hostile-categories-in-columns", Figure(
            "select label, count(*) as n from hostile group by label", "type: column\nx: { field: label, type: category }\ny: n"));
        yield return new("data-nan-and-infinities-in-scatter", Figure(All, "type: scatter\nx: whole\ny: number", extra: "types: { number: real }"));
        yield return new("data-calendar-edges-on-a-date-axis", Figure(
            "select day, whole from hostile where day is not null", "type: line\nx: { field: day, type: date }\ny: whole", extra: "types: { day: date }"));
        yield return new("data-dates-before-year-100-on-an-axis", Figure(
            "select day, 1 as n from early_dates", "type: scatter\nx: { field: day, type: date }\ny: n", extra: "types: { day: date }"));
        yield return new("data-date-past-year-9999", Table("select day as label from far_dates", extra: "types: { label: date }"),
            "cannot read '10000-01-01' as date", "query:");
        yield return new("data-million-categories", Figure(
            "with recursive c(x) as (select 1 union all select x + 1 from c limit 1000000) select 'category ' || x as name, x as n from c",
            "type: column\nx: { field: name, type: category }\ny: n"), "categories", "x: { field: name");
        yield return new("data-300k-points-in-a-scatter", Figure(
            "with recursive c(x) as (select 1 union all select x + 1 from c limit 300000) select x as a, (x * 7919) % 1000003 as b from c",
            "type: scatter\nx: a\ny: b"), "marks (one per row), more than the 250,000 a figure may draw", "type: scatter");
        yield return new("data-nulls-everywhere-in-a-chart", Figure(
            "select label, number from hostile where kind = 'null'", "type: column\nx: { field: label, type: category }\ny: number", extra: "types: { number: real }"));
        yield return new("data-nulls-everywhere-in-a-table", Table("select null as label, null as other from hostile", "[label, other]"));
        yield return new("data-huge-title-word", Text("Long: " + new string('w', 20_000)));
        yield return new("data-histogram-of-infinities", Figure(All, "type: histogram\nx: number", extra: "types: { number: real }"));
        yield return new("data-extreme-integers-in-a-line", Figure("select id, whole from hostile where whole is not null", "type: line\nx: id\ny: whole"));
        yield return new("data-huge-table", Table(
            "with recursive c(x) as (select 1 union all select x + 1 from c limit 200000) select x as label from c"),
            "the table has 200,000 rows, more than the 10,000", "id: t");
    }

    /// <summary>Sizes a spec controls, each past its ceiling (SpecLimits), and engine statements bounded like a spec's.</summary>
    private static IEnumerable<HostileCase> Ceilings()
    {
        const string Counter = "with recursive c(x) as (select 1 union all select x + 1 from c limit 61) ";
        yield return new("ceiling-complete-explodes", Table(Counter + "select x as a, x as b, x as c, x as d, 1 as label from c",
            extra: "transform:\n  - complete: { columns: [a, b, c, d] }"), "would make at least 13,845,841 rows of 5 columns", "complete:");
        yield return new("ceiling-complete-to-the-end-of-the-calendar", Table(
            "select '9999-11-01' as label union all select '9999-12-01'", extra: "types: { label: date }\ntransform:\n  - complete: { columns: [label], every: month }"));
        yield return new("ceiling-complete-daily-over-millennia", Table(
            "select '0001-01-01' as label, 1 as a, 2 as b, 3 as c, 4 as d, 5 as e union all select '9999-12-31', 1, 2, 3, 4, 5",
            extra: "types: { label: date }\ntransform:\n  - complete: { columns: [label], every: day }"),
            "would make at least 3,652,059 rows of 6 columns", "complete:");
        yield return new("ceiling-pivot-wide", Table("with recursive c(x) as (select 1 union all select x + 1 from c limit 200001) select 1 as label, 'k' || x as k, x as v from c",
            extra: "transform:\n  - pivot: { names: k, values: v }"), "would make 200,002 columns", "pivot:");
        yield return new("ceiling-max-categories-raised", Figure("select fullname as name, average as n from models",
            "type: column\nx: { field: name, type: category }\ny: n\nmax_categories: 1000000"), "'max_categories' must be a whole number from 1 to 5,000", "max_categories:");
        yield return new("ceiling-window-huge", Figure("select params_b as x, average as y from models",
            "type: scatter\nx: x\ny: y\nsmooth: { method: moving_average, window: 2000000000 }"), "'window' must be a whole number from 2 to 100,000", "smooth:");
        yield return new("ceiling-figure-width", "- figure:\n    id: f\n    caption: wide\n    width: 100000\n    data: { query: \"select average as y from models\" }\n    chart: { type: histogram, x: y }",
            "'width' must be between 0.5 and 20 inches", "width:");
        yield return new("ceiling-bin-width-overflows", Figure("select 0.0 as y union all select 1e90", "type: histogram\nx: y\nbin_width: 1e-300"),
            "more than the 5,000 a histogram may draw", "x: y");
        yield return new("ceiling-bins", Figure("select average as y from models", "type: histogram\nx: y\nbins: 1000000"), "'bins' must be a whole number from 1 to 5,000", "bins:");
        yield return new("ceiling-brackets-in-prose", Text(string.Concat(Enumerable.Repeat("[a](", 100_000)) + " end"));
        yield return new("sql-like-pattern-too-long", Table("select count(*) as label from models where fullname like '%" + new string('a', 200) + "%'"),
            "LIKE or GLOB pattern too complex", "query:");
        yield return new("sql-deep-expression", Table("select 1" + string.Concat(Enumerable.Repeat(" + 1", 300)) + " as label"), "Expression tree is too large", "query:");
        yield return new("template-clock", Text("Built on {{ date.now }}."), "date.now is not available", "text:");
        yield return new("template-random", Text("{{ math.random 1 6 }}"), "math.random is not available", "text:");
        yield return new("template-uuid", Text("{{ math.uuid }}"), "math.uuid is not available", "text:");
        yield return new("yaml-nested-deep", Text("x") + "\n  extra: " + new string('[', 70) + new string(']', 70), "nests more than 64 levels deep");
    }

    internal static string Table(string? sql, string columns = "[label]", string extra = "")
    {
        var data = sql is null ? "" : $"\n      query: {Quoted(sql)}";
        var more = extra.Length == 0 ? "" : "\n" + string.Join('\n', extra.Split('\n').Select(l => "      " + l));
        return $"""
            - table:
                id: t
                caption: A hostile table
                data:{data}{more}
                columns: {columns}
            """;
    }

    private static string Figure(string sql, string chart, string extra = "")
    {
        var more = extra.Length == 0 ? "" : "\n" + string.Join('\n', extra.Split('\n').Select(l => "      " + l));
        return $"""
            - figure:
                id: f
                caption: A hostile figure
                data:
                  query: {Quoted(sql)}{more}
                chart:
            {string.Join('\n', chart.Split('\n').Select(l => "      " + l))}
            """;
    }

    private static string Text(string template) => $"- text: {Quoted(template)}";

    private static string Quoted(string text) =>
        "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n") + "\"";

    /// <summary>Makes <paramref name="name"/> in the report folder a second name (a hard link) of a file outside it.</summary>
    private static void HardLinkOutside(string folder, string outside, string name)
    {
        var target = Path.Combine(outside, "secret.yaml");
        File.WriteAllText(target, "text: a secret from outside");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, name))!);
        using var ln = System.Diagnostics.Process.Start("ln", [target, Path.Combine(folder, name)])!;
        ln.WaitForExit();
        Assert.True(ln.ExitCode == 0, $"ln could not link {name} (the report folder and the folder outside it must share a file system)");
    }

    /// <summary>Makes <paramref name="name"/> in the report folder a symbolic link to a file or folder outside it.</summary>
    private static void LinkOutside(string folder, string outside, string name, bool directory)
    {
        File.WriteAllText(Path.Combine(outside, "secret.yaml"), "text: a secret from outside");
        if (directory) Directory.CreateSymbolicLink(Path.Combine(folder, name), outside);
        else File.CreateSymbolicLink(Path.Combine(folder, name), Path.Combine(outside, "secret.yaml"));
    }
}
