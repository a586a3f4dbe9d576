using HfReports.Engine.Charts;

namespace HfReports.Tests.Spec;

/// <summary>The corpus of broken specs: each the smallest spec showing one mistake, with the exact diagnostic.</summary>
public static class BrokenSpecCorpus
{
    /// <summary>A valid report around one section's blocks (indented to sit under `blocks:`).</summary>
    private static string Report(string blocks) => $"""
        report:
          id: r
          title: T
          sections:
            - title: S
              blocks:
        {blocks}
        """;

    private static string Figure(string data, string chart = "  chart: { type: column, x: arch_group, y: n }") => $"""
        figure:
          id: f
          caption: C
          data:
        {data}
        {chart}
        """;

    private static readonly string IncludeFigure = Report("        - include: fig.yaml");

    private static BrokenSpecCase Case(string name, string report, string message, int line, int column, bool check = false, string severity = "error",
        string? keyPath = null) =>
        new(name, new Dictionary<string, string> { ["report.yaml"] = report }, message, "report.yaml", line, column, check, severity, keyPath);

    private static BrokenSpecCase FigureCase(string name, string figure, string message, int line, int column, bool check = false, string severity = "error") =>
        new(name, new Dictionary<string, string> { ["report.yaml"] = IncludeFigure, ["fig.yaml"] = figure }, message, "fig.yaml", line, column, check, severity);

    private static BrokenSpecCase ManifestCase(string name, string manifest, string message, int line, int column) =>
        new(name, new Dictionary<string, string> { ["reports.yaml"] = manifest, ["report.yaml"] = Report("        - text: hi") }, message, "reports.yaml", line, column);

    private const string Query = "    query: select arch_group from models";

    public static IEnumerable<BrokenSpecCase> All() =>
    [
        // YAML itself
        Case("yaml-unclosed-flow-mapping", "report: { id: r, title: T\n", "YAML syntax error: While parsing a flow mapping, did not find expected ',' or '}'.", 2, 1),
        Case("yaml-bad-indentation", "report:\n  id: r\n    title: T\n", "YAML syntax error: While scanning a plain scalar value, found invalid mapping.", 3, 10),
        Case("empty-file", "", "the file is empty", 1, 1),

        // Report structure
        Case("report-key-typo", "reprot:\n  id: r\n", "unknown key 'reprot' in a report file", 1, 1),
        Case("unknown-report-key", Report("        - text: hi").Replace("title: T", "titel: T"), "unknown key 'titel' in the report", 3, 3),
        Case("missing-title", Report("        - text: hi").Replace("  title: T\n", ""), "the report needs the key 'title'", 2, 3),
        Case("sections-not-a-list", "report:\n  id: r\n  title: T\n  sections: intro\n", "'sections' must be a list, found the value 'intro'", 4, 13),
        Case("duplicate-key", "report:\n  id: r\n  id: s\n  title: T\n  sections: []\n", "YAML syntax error: Duplicate key id", 3, 3),
        Case("author-without-name", "report:\n  id: r\n  title: T\n  authors:\n    - { affiliation: 1 }\n  sections: []\n", "an author needs the key 'name'", 5, 7),
        Case("block-with-two-kinds", Report("        - { text: hi, include: fig.yaml }"), "a block has one kind, found text and include", 7, 11),
        Case("unknown-block-kind", Report("        - figur: {}"), "unknown key 'figur' in a block", 7, 11),
        Case("text-not-a-template", Report("        - text: [a, b]"), "'text' must be a text value (a Scriban template), found a list", 7, 17),

        // Includes
        Case("include-missing", Report("        - include: figures/nope.yaml"), "file 'figures/nope.yaml' does not exist", 7, 20),
        Case("include-leaves-folder", Report("        - include: ../outside.yaml"), "include '../outside.yaml' leaves the report folder", 7, 20),
        Case("include-absolute", Report("        - include: /etc/passwd"), "include '/etc/passwd' must be a relative path", 7, 20),
        FigureCase("included-file-two-kinds", "figure: {}\ntable: {}\n", "an included file holds exactly one of: figure, table, text", 1, 1),

        // Figures and charts
        FigureCase("unknown-chart-type", Figure(Query, "  chart: { type: pie }"), $"'type' must be one of: {string.Join(", ", ChartCatalog.AllNames)}; found 'pie'", 6, 18),
        FigureCase("annotations-not-a-list", Figure(Query, "  chart: { type: column, x: arch_group, y: n, annotations: 5 }"), "'annotations' must be a list, found the value '5'", 6, 60),
        FigureCase("colour-values-a-list", Figure(Query, "  chart: { type: column, x: arch_group, y: n, color: { field: arch_group, values: [a, b] } }"),
            "'values' must map category names to colours, found a list", 6, 83),
        FigureCase("chart-and-panels", Figure(Query, "  chart: { type: bar }\n  panels: []"), "a figure needs either 'chart' (one panel) or 'panels' (several), not both", 2, 3),
        FigureCase("width-not-a-number", Figure(Query, "  chart: { type: bar }\n  width: wide"), "'width' must be a number, found the value 'wide'", 7, 10),
        FigureCase("missing-caption", Figure(Query, "  chart: { type: bar }").Replace("  caption: C\n", ""), "a figure needs the key 'caption'", 2, 3),

        // Data blocks
        FigureCase("data-without-source", Figure("    params: { x: 1 }"), "a data block needs one of: query (inline SQL), sql (a .sql file), frame (a named frame)", 5, 5),
        FigureCase("data-two-sources", Figure(Query + "\n    frame: totals"), "a data block takes one source, found query and frame", 5, 5),
        FigureCase("sql-file-missing", Figure("    sql: queries/nope.sql"), "SQL file 'queries/nope.sql' does not exist", 5, 10),
        FigureCase("unknown-column-type", Figure(Query + "\n    types: { arch_group: string }"), "unknown column type 'string' for 'arch_group'", 6, 26),

        // Transforms
        FigureCase("unknown-transform", Figure(Query + "\n    transform:\n      - bukcet: { column: t, by: week }"), "unknown transform 'bukcet'", 7, 9),
        FigureCase("bucket-unknown-period", Figure(Query + "\n    transform:\n      - bucket: { column: t, by: fortnight }"), "'by' must be one of: day, week, month, quarter, year; found 'fortnight'", 7, 34),
        FigureCase("bucket-missing-column", Figure(Query + "\n    transform:\n      - bucket: { by: week }"), "the 'bucket' transform needs the key 'column'", 7, 17),
        FigureCase("lump-without-rule", Figure(Query + "\n    transform:\n      - lump: { column: arch_group }"), "the 'lump' transform needs one rule: top (keep the N largest), min_share (keep those above a share) or min_count", 7, 15),
        FigureCase("lump-share-as-percent", Figure(Query + "\n    transform:\n      - lump: { column: arch_group, min_share: 5 }"), "'min_share' is a share between 0 and 1, found 5", 7, 48),
        FigureCase("filter-two-comparisons", Figure(Query + "\n    transform:\n      - filter: { column: p, gt: 0, lt: 9 }"), "the 'filter' transform takes one comparison, found lt and gt", 7, 17),
        FigureCase("top-n-zero", Figure(Query + "\n    transform:\n      - top: { n: 0, by: average }"), "'n' must be at least 1, found 0", 7, 19),
        FigureCase("lump-column-null", Figure(Query + "\n    transform:\n      - lump: { column: ~, top: 2 }"), "'column' needs a value, found nothing (null)", 7, 25),
        FigureCase("summarize-column-null", Figure(Query + "\n    transform:\n      - summarize: { by: [arch_group], aggregates: { m: { mean: ~ } } }"),
            "'mean' needs a value, found nothing (null)", 7, 65),
        Case("author-name-null", "report:\n  id: r\n  title: T\n  authors:\n    - { name: ~ }\n  sections: []\n", "'name' needs a value, found nothing (null)", 5, 15),
        FigureCase("lump-top-zero", Figure(Query + "\n    transform:\n      - lump: { column: arch_group, top: 0 }"), "'top' must be at least 1, found 0", 7, 42),
        FigureCase("count-by-item-a-list", Figure(Query + "\n    transform:\n      - count: { by: [arch_group, [x]] }"), "each item of 'by' must be a text value, found a list", 7, 35),
        FigureCase("filter-parameter-key-typo", Figure(Query + "\n    transform:\n      - filter: { column: arch_group, eq: { param: g, parm: h } }"),
            "unknown key 'parm' in a parameter reference", 7, 55),
        FigureCase("transform-not-a-mapping", Figure(Query + "\n    transform:\n      - count"), "a transform step is a mapping with one key, the transform's name (bucket, lump, count, sum, mean, median, quantile, sd, min, max, summarize, mutate, cumulative, percent, complete, pivot, top, sort, filter, rename, select); found the value 'count'", 7, 9),

        // Expectations
        FigureCase("unknown-expectation", Figure(Query + "\n    expect:\n      - row_cnt: 3"), "unknown expectation 'row_cnt'", 7, 9),
        FigureCase("value-equals-and-range", Figure(Query + "\n    expect:\n      - value: { column: n, row: 0, equals: 3, min: 1 }"), "the 'value' expectation takes 'equals' or a range (min, max), not both", 7, 16),
        FigureCase("unique-given-a-mapping", Figure(Query + "\n    expect:\n      - unique: { column: n }"), "unknown key 'column' in the 'unique' expectation", 7, 19),

        // Manifest
        ManifestCase("manifest-unknown-format", "snapshot: snapshot.db\nformats: [pdf, docx]\nreports: [report.yaml]\n", "unknown output format 'docx'", 2, 10),
        ManifestCase("manifest-key-typo", "snapshots: snapshot.db\nreports: [report.yaml]\n", "unknown key 'snapshots' in the manifest", 1, 1),
        ManifestCase("manifest-without-reports", "snapshot: snapshot.db\n", "the manifest needs the key 'reports'", 1, 1),
        ManifestCase("manifest-report-a-mapping", "snapshot: snapshot.db\nreports: [{ a: 1 }]\n", "each report must be a path to a report spec, found a mapping", 2, 11),
        ManifestCase("manifest-report-missing", "snapshot: snapshot.db\nreports: [report.yaml, other.yaml]\n", "report spec 'other.yaml' does not exist", 2, 24),

        // Found with the data (check)
        FigureCase("sql-error", Figure("    query: select arch_grop from models"), "SQL error: no such column: arch_grop", 5, 12, check: true),
        FigureCase("sql-parameter-missing", Figure("    query: select arch_group from models where params_b > :min_params"), "the query uses the parameter ':min_params', which is not declared", 5, 12, check: true),
        FigureCase("chart-field-missing", Figure(Query + "\n    transform:\n      - count: { by: [arch_group], as: models }"), "figure 'f': chart field 'n' is not in the frame; it has: arch_group, models", 8, 44, check: true),
        FigureCase("transform-column-missing", Figure(Query + "\n    transform:\n      - count: { by: [architecture] }"), "the 'count' transform needs column 'architecture', but the frame has: arch_group", 7, 16, check: true),
        new("table-column-missing", new Dictionary<string, string>
        {
            ["report.yaml"] = Report("        - include: table.yaml"),
            ["table.yaml"] = "table:\n  id: t\n  caption: C\n  data:\n    query: select fullname, average from models\n  columns:\n    - fullname\n    - { field: avg, title: Average }\n",
        }, "table 't': table column 'avg' is not in the frame; it has: fullname, average", "table.yaml", 8, 7, Check: true),
        // The abstract's text starts after its quote (column 14); `}}` is its 16th character. In the included file, `}}` is
        // the 14th character of line 2.
        Case("abstract-template-error", "report:\n  id: r\n  title: T\n  abstract: \"Models: {{ 1 + }}\"\n  sections: []\n",
            "template error: Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>", 4, 29, check: true, keyPath: "report.abstract"),
        FigureCase("date-past-year-9999", Figure("    query: select '10000-01-01' as arch_group, 1 as n\n    types: { arch_group: date }"),
            "column 'arch_group': cannot read '10000-01-01' as date: '10000-01-01' is not an ISO date", 5, 12, check: true),
        Case("template-include-missing", Report("        - text: \"{{ include 'nothing.sbn' }}\""),
            "template error: include 'nothing.sbn': there is no such file in templates/", 7, 21, check: true),
        new("template-error-in-included-file", new Dictionary<string, string>
        {
            ["report.yaml"] = Report("        - text: \"{{ include 'bad.sbn' }}\""),
            ["templates/bad.sbn"] = "first line\n  and {{ 1 + }}\n",
        }, "template error: Error while parsing binary expression: Expecting an <expression> to the right of the operator instead of `}}` in: <expression> operator <expression>", "templates/bad.sbn", 2, 14, Check: true),
        new("sql-for-another-engine-only", new Dictionary<string, string>
        {
            ["report.yaml"] = IncludeFigure,
            ["fig.yaml"] = Figure("    sql: { duckdb: a.duckdb.sql }"),
            ["a.duckdb.sql"] = "select arch_group, 1 as n from models",
        }, "the data block gives SQL for duckdb but not for sqlite, the engine of the snapshot", "fig.yaml", 5, 10, Check: true, KeyPath: "figure.data.sql"),
        FigureCase("expectation-fails", Figure(Query + "\n    transform:\n      - count: { by: [arch_group] }\n    expect:\n      - row_count: 2", "  chart: { type: column, x: arch_group, y: n }"),
            "expectation failed: row count is 2: expected 2, got 3", 9, 20, check: true, severity: "warning"),
    ];
}
