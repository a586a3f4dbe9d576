using FsCheck;
using FsCheck.Fluent;
using HfReports.Engine.Query;
using HfReports.Engine.Rendering.Pdf;
using HfReports.Engine.Spec;
using HfReports.Tests.Rendering;
using HfReports.Tests.Support;

namespace HfReports.Tests.Hardening;

/// <summary>
/// Properties at the edges of the limits: YAML nested and aliased around its ceilings, SQL around its length
/// ceiling, every size a spec controls around its ceiling, words of any length laid out, and parameter values at the
/// edges of their types. The oracle of each is computed here, independently
/// of the code under test (the expanded size of an alias ladder by its formula, a bound value by equality).
/// </summary>
public sealed class BoundaryProperties
{
    /// <summary>Flow lists nested <paramref name="depth"/> deep, as the value of a report's title.</summary>
    private static string Nested(int depth) => "report:\n  id: r\n  title: " + new string('[', depth) + "x" + new string(']', depth) + "\n";

    [Fact]
    public void Nesting_is_refused_exactly_past_its_ceiling_and_never_overflows_the_stack()
    {
        var depths = Gen.OneOf(Gen.Choose(YamlShape.MaxDepth - 3, YamlShape.MaxDepth + 3), Gen.Choose(1, 200_000));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60).WithQuietOnSuccess(true), Prop.ForAll(depths.ToArbitrary(), depth =>
        {
            var problem = YamlShape.Check(Nested(depth));
            // The root mapping and the report's mapping are two levels, so the title's lists may nest two less than the ceiling.
            var tooDeep = depth + 2 > YamlShape.MaxDepth;
            return tooDeep == problem is not null && (!tooDeep || problem!.Value.Message.Contains("nests more than 64 levels"));
        }));
    }

    /// <summary>A ladder of aliases: level 0 is a scalar, each next level a list of <paramref name="width"/> aliases of the one before.</summary>
    private static string Ladder(int levels, int width)
    {
        var lines = new List<string> { "- &a0 x" };
        for (var level = 1; level <= levels; level++)
            lines.Add($"- &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", width))}]");
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>The nodes the ladder stands for when expanded: the root list, then each level's size 1 + width * the previous.</summary>
    private static double Expanded(int levels, int width)
    {
        double total = 1, size = 1;
        total += size;
        for (var level = 1; level <= levels; level++)
        {
            size = 1 + width * size;
            total += size;
        }
        return total;
    }

    [Fact]
    public void Alias_ladders_are_refused_exactly_when_they_expand_past_the_ceiling()
    {
        var ladders = Gen.Zip(Gen.Choose(1, 9), Gen.Choose(1, 12));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(120).WithQuietOnSuccess(true), Prop.ForAll(ladders.ToArbitrary(), ladder =>
        {
            var (levels, width) = ladder;
            var refused = YamlShape.Check(Ladder(levels, width)) is not null;
            return refused == Expanded(levels, width) > YamlShape.MaxExpandedNodes;
        }));
    }

    [Fact]
    public void Sql_is_refused_exactly_past_its_length_ceiling()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = "report: {}" });
        TinySnapshot.Write(Path.Combine(workspace.Folder, "snapshot.db"));
        using var database = SnapshotDatabase.OpenReadOnly(Path.Combine(workspace.Folder, "snapshot.db"));
        var lengths = Gen.Choose(SnapshotDatabase.MaxSqlBytes - 4, SnapshotDatabase.MaxSqlBytes + 4);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(20).WithQuietOnSuccess(true), Prop.ForAll(lengths.ToArbitrary(), length =>
        {
            const string select = "select 1 as n --";
            var sql = select + new string('x', length - select.Length);
            try
            {
                return QueryRunner.Run(database, sql, new Dictionary<string, object?>()).RowCount == 1 && length <= SnapshotDatabase.MaxSqlBytes;
            }
            catch (QueryRefusedException e)
            {
                return length > SnapshotDatabase.MaxSqlBytes && e.Message.Contains($"{length:N0} bytes of SQL");
            }
        }));
    }

    private static readonly object?[] EdgeValues =
    [
        null, 0L, -1L, long.MaxValue, long.MinValue, 0.0, -0.0, double.MaxValue, double.MinValue, double.Epsilon, 1e-300,
        "", "' or 1 = 1 --", "{=n}", ":n", "a\u0000b", "\u202Eevil", "👩‍👩‍👧‍👦", new string('x', 100_000), "-1", "1; delete from models",
    ];

    [Fact]
    public void Parameter_values_at_their_edges_come_back_exactly_as_bound()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = "report: {}" });
        TinySnapshot.Write(Path.Combine(workspace.Folder, "snapshot.db"));
        using var database = SnapshotDatabase.OpenReadOnly(Path.Combine(workspace.Folder, "snapshot.db"));
        var values = Gen.Zip(Gen.Elements(EdgeValues), Gen.Elements(":p", "@p", "$p"));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100).WithQuietOnSuccess(true), Prop.ForAll(values.ToArbitrary(), pair =>
        {
            var (value, written) = pair;
            var frame = QueryRunner.Run(database, $"select {written} as v, (select count(*) from models) as n", new Dictionary<string, object?> { ["p"] = value },
                new Dictionary<string, Engine.Frames.ColumnType>(), null).Frame;
            var back = frame["v"][0];
            return frame["n"][0] is 6L && Equals(back, value);
        }));
    }

    [Fact]
    public void Values_read_across_the_reader_s_chunks_are_sqlite_s_own_row_for_row()
    {
        using var workspace = new SpecWorkspace(new Dictionary<string, string> { ["report.yaml"] = "report: {}" });
        TinySnapshot.Write(Path.Combine(workspace.Folder, "snapshot.db"));
        using var database = SnapshotDatabase.OpenReadOnly(Path.Combine(workspace.Folder, "snapshot.db"));
        // Row counts at the edges of the reader's chunks of 4,096 and anywhere below 9,000; a null every k rows in each column.
        var cases = Gen.Zip(Gen.OneOf(Gen.Elements(0, 1, 4095, 4096, 4097, 8191, 8192, 8193), Gen.Choose(0, 9_000)), Gen.Choose(1, 5_000));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40).WithQuietOnSuccess(true), Prop.ForAll(cases.ToArbitrary(), pair =>
        {
            var (rows, k) = pair;
            var sql = $"with recursive c(x) as (select 1 union all select x + 1 from c limit {rows}) select "
                + $"case when x % {k} = 0 then null else x end as i, case when x % {k} = 1 then null else x * 0.25 end as r, "
                + $"case when x % {k} = 2 then null else 'v' || x end as t, case when x % 3 = 0 then x else x + 0.5 end as mixed from c";
            var frame = QueryRunner.Run(database, sql, new Dictionary<string, object?>());
            // The oracle: each row as SQLite gives it, read apart from frames (an integer among reals is read as a real).
            var raw = SnapshotStatement.ReadAll(database, sql, rows + 1, CancellationToken.None);
            return frame.RowCount == rows && raw.Select((values, row) =>
                Equals(frame["i"][row], values[0]) && Equals(frame["r"][row], values[1]) && Equals(frame["t"][row], values[2])
                && Equals(frame["mixed"][row], Convert.ToDouble(values[3], System.Globalization.CultureInfo.InvariantCulture))).All(same => same);
        }));
    }

    /// <summary>Each size a spec controls: its key, the figure lines that set it to a value, its ceiling (SpecLimits),
    /// and whether it must be whole.</summary>
    private static readonly (string Key, Func<string, string[]> Lines, double Ceiling, bool Whole)[] Sizes =
    [
        ("max_categories", v => ["chart: { type: column, x: { field: name, type: category }, y: n, max_categories: " + v + " }"], SpecLimits.MaxCategories, true),
        ("bins", v => ["chart: { type: histogram, x: n, bins: " + v + " }"], SpecLimits.MaxBins, true),
        ("window", v => ["chart: { type: scatter, x: n, y: n, smooth: { method: moving_average, window: " + v + " } }"], SpecLimits.MaxWindow, true),
        ("width", v => ["width: " + v, "chart: { type: scatter, x: n, y: n }"], SpecLimits.MaxFigureInches, false),
    ];

    [Fact]
    public void Every_size_a_spec_controls_is_refused_exactly_past_its_ceiling()
    {
        var offsets = Gen.OneOf(Gen.Choose(-2, 2).Select(d => (double)d), Gen.Elements(-0.5, 0.5, 1e9));
        var cases = Gen.Zip(Gen.Choose(0, Sizes.Length - 1), offsets);
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60).WithQuietOnSuccess(true), Prop.ForAll(cases.ToArbitrary(), pair =>
        {
            var (index, offset) = pair;
            var (key, lines, ceiling, whole) = Sizes[index];
            var value = ceiling + offset;
            var figure = new[] { "- figure:", "    id: f", "    caption: c", "    data: { query: \"select 'a' as name, 1 as n\" }" }
                .Concat(lines(value.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(l => "    " + l));
            var report = "report:\n  id: r\n  title: T\n  sections:\n    - title: S\n      blocks:\n"
                + string.Concat(figure.Select(l => "        " + l + "\n"));
            using var workspace = new SpecWorkspace(new Dictionary<string, string>
            {
                ["report.yaml"] = report,
                ["reports.yaml"] = "snapshot: snapshot.db\noutput: out\nreports: [report.yaml]\n",
            });
            var refusals = workspace.Load().Where(d => d.Severity == Severity.Error && d.Message.Contains($"'{key}'")).ToArray();
            var allowed = value <= ceiling && (!whole || value % 1 == 0);
            // A refusal names the ceiling, so the user learns the largest allowed value.
            return allowed ? refusals.Length == 0
                : refusals.Any(e => e.Message.Contains(ceiling.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)));
        }));
    }

    [Fact]
    public void Words_of_any_length_are_cut_into_lines_that_fit_and_keep_every_character()
    {
        using var measurer = new TextMeasurer();
        var styles = new PdfStyles(SampleDocuments.Fonts);
        var words = Gen.Zip(Gen.Zip(Gen.Choose(1, 20_000), Gen.Elements("a", "W", "a-b", "ab/", "x ", "é", "👩‍👧")), Gen.Choose(20, 420));
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(40).WithQuietOnSuccess(true), Prop.ForAll(words.ToArbitrary(), word =>
        {
            var ((repeats, piece), width) = word;
            var text = string.Concat(Enumerable.Repeat(piece, repeats)).Trim();
            var lines = new LineBreaker(measurer).Break(SampleDocuments.Text(text), styles.Body, width, LineAlign.Left);
            var kept = string.Concat(lines.SelectMany(l => l.Words).Select(w => w.Word.Text));
            return kept == text.Replace(" ", "") && lines.All(l => l.NaturalWidth <= width + 0.01f);
        }));
    }
}
