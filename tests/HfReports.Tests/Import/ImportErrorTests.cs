using System.Text;
using Dapper;
using HfReports.Ingest.Import;
using HfReports.Tests.Support;

namespace HfReports.Tests.Import;

/// <summary>Every way an export can be refused, on small files the tests write; none may touch the snapshot.</summary>
public sealed class ImportErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Snapshot => _folder.File("snapshot.db");

    private ImportSummary Import(string file, bool skipBadRows = false, string? asOf = null, bool force = false) =>
        SnapshotImporter.Run(new ImportOptions([file], Snapshot, asOf, force, skipBadRows));

    private string GoodV1(string name = "good_2024-01-01.csv") =>
        _folder.Write(name, SmallExports.V1(SmallExports.V1Row("a/one"), SmallExports.V1Row("b/two", average: "70.25")));

    [Fact]
    public void Unknown_header_names_the_columns_it_could_not_place()
    {
        var file = _folder.Write("odd.csv", SmallExports.V1Header.Replace("hellaswag", "hella_swag_score").Replace(",url", ",link") + "\n");
        var error = Assert.Throws<ImportDataException>(() => Import(file));
        Assert.Equal("odd.csv:1: unknown header: could not place columns 'hella_swag_score', 'link'; closest format v1-csv is missing 'hellaswag'", error.Message);
        Assert.False(File.Exists(Snapshot));
    }

    [Fact]
    public void Header_of_another_table_is_unknown()
    {
        var file = _folder.Write("other.csv", "name,price\nx,1\n");
        var error = Assert.Throws<ImportDataException>(() => Import(file));
        Assert.Contains("could not place columns 'name', 'price'; expected a v1, v2 or legacy v2 leaderboard header", error.Message);
    }

    [Fact]
    public void Bad_number_is_reported_with_line_and_column()
    {
        var file = _folder.Write("bad.csv", SmallExports.V1(SmallExports.V1Row("a/one"), SmallExports.V1Row("b/two", average: "abc")));
        var error = Assert.Throws<ImportDataException>(() => Import(file));
        Assert.Equal("bad.csv: 1 of 2 rows rejected; nothing was imported (--skip-bad-rows imports the others)", error.Message);
        Assert.Equal(["bad.csv:3: column 'average': expected a number, got 'abc'"], error.Details);
        Assert.False(File.Exists(Snapshot));
    }

    [Fact]
    public void A_fraction_where_a_whole_number_is_expected_is_reported()
    {
        var file = _folder.Write("hearts.csv", SmallExports.V1(SmallExports.V1Row("a/one").Replace(",7,3,TRUE,", ",7,3.5,TRUE,")));
        var error = Assert.Throws<ImportDataException>(() => Import(file));
        Assert.Equal(["hearts.csv:2: column 'hub_hearts': expected a whole number, got '3.5'"], error.Details);
    }

    [Fact]
    public void Past_twenty_bad_rows_the_details_say_how_many_more_there_are()
    {
        var rows = Enumerable.Range(1, 23).Select(i => SmallExports.V1Row($"m/{i}", average: "abc")).Append(SmallExports.V1Row("a/good"));
        var file = _folder.Write("many.csv", SmallExports.V1([.. rows]));

        var error = Assert.Throws<ImportDataException>(() => Import(file));

        Assert.Equal("many.csv: 23 of 24 rows rejected; nothing was imported (--skip-bad-rows imports the others)", error.Message);
        Assert.Equal(21, error.Details.Count);
        Assert.Equal("many.csv:2: column 'average': expected a number, got 'abc'", error.Details[0]);
        Assert.Equal("many.csv:21: column 'average': expected a number, got 'abc'", error.Details[19]);
        Assert.Equal("... and 3 more", error.Details[20]);
    }

    [Fact]
    public void Bad_date_is_reported_with_line_and_column()
    {
        var file = _folder.Write("date.csv", SmallExports.V1(SmallExports.V1Row("a/one", date: "13/07/2024")));
        var error = Assert.Throws<ImportDataException>(() => Import(file));
        Assert.Equal(["date.csv:2: column 'date': expected an ISO-8601 date or time, got '13/07/2024'"], error.Details);
    }

    [Fact]
    public void Bad_boolean_type_and_score_are_reported()
    {
        var file = _folder.Write("values.csv", SmallExports.V1(
            SmallExports.V1Row("a/one", flagged: "maybe"),
            SmallExports.V1Row("b/two", type: "🦄 unicorn models"),
            SmallExports.V1Row("c/three", arc: "123")));
        var error = Assert.Throws<ImportDataException>(() => Import(file));
        Assert.Equal(
        [
            "values.csv:2: column 'flagged': expected TRUE or FALSE, got 'maybe'",
            "values.csv:3: column 'type': unknown model type '🦄 unicorn models'",
            "values.csv:4: column 'arc': expected a score between 0 and 100, got '123'",
        ], error.Details);
    }

    [Fact]
    public void Truncated_file_is_reported_at_its_last_line()
    {
        var whole = SmallExports.V1(SmallExports.V1Row("a/one"), SmallExports.V1Row("b/two"));
        var file = _folder.Write("cut.csv", whole[..(whole.Length - 120)]);
        var error = Assert.Throws<ImportDataException>(() => Import(file));
        var detail = Assert.Single(error.Details);
        Assert.StartsWith("cut.csv:3: expected 24 columns, got ", detail);
        Assert.EndsWith("(truncated or broken row)", detail);
    }

    [Fact]
    public void A_file_in_another_encoding_is_refused_at_its_first_bad_byte_with_advice_to_convert_it()
    {
        var text = SmallExports.V1(SmallExports.V1Row("a/caf\u00e9"));
        var file = _folder.WriteBytes("latin1.csv", Encoding.Latin1.GetBytes(text.Replace("🔶", "*")));
        var error = Assert.Throws<ImportDataException>(() => Import(file));
        // Line 2 is "*,a/caf\xE9,...": the é is byte 8; the name appears three times (model, fullname, url).
        Assert.Equal("latin1.csv:2:8: not valid UTF-8 (byte 0xE9), the first of 3 such places; the file seems to be in another encoding " +
                     "(Windows-1252 or Latin-1?): convert it to UTF-8", error.Message);
        Assert.False(File.Exists(Snapshot));
    }

    [Fact]
    public void One_bad_byte_deep_in_a_utf8_file_is_reported_at_its_line_and_byte_column()
    {
        // 120 rows, so the decoder fails while the reader is still far behind; row 99 is line 100.
        var rows = Enumerable.Range(1, 120).Select(i => SmallExports.V1Row(i == 99 ? "a/BAD" : $"a/m{i}")).ToArray();
        var bytes = Encoding.UTF8.GetBytes(SmallExports.V1(rows));
        var at = Encoding.UTF8.GetBytes(SmallExports.V1(rows)).AsSpan().IndexOf("BAD"u8);
        bytes[at] = 0xE9;
        var file = _folder.WriteBytes("one.csv", bytes);

        var error = Assert.Throws<ImportDataException>(() => Import(file));

        // Line 100 starts "🔶,a/" (4 + 3 bytes): the bad byte is byte 8.
        Assert.Equal("one.csv:100:8: not valid UTF-8 (byte 0xE9, 'é' in Latin-1); it is the only such place, the rest of the file is UTF-8: " +
                     "correct the character at that line and byte column", error.Message);
    }

    [Fact]
    public void A_bad_byte_in_the_header_is_reported_on_line_1()
    {
        var bytes = Encoding.UTF8.GetBytes(SmallExports.V1(SmallExports.V1Row("a/one")));
        bytes[2] = 0xFF; // "t,m" -> "t,\xFF"
        var error = Assert.Throws<ImportDataException>(() => Import(_folder.WriteBytes("head.csv", bytes)));
        Assert.StartsWith("head.csv:1:3: not valid UTF-8 (byte 0xFF, 'ÿ' in Latin-1); it is the only such place", error.Message);
    }

    [Fact]
    public void A_file_cut_inside_its_last_quoted_field_is_an_error_even_when_bad_rows_are_skipped()
    {
        var whole = SmallExports.V1(SmallExports.V1Row("a/one"), SmallExports.V1Row("b/two"));
        var cut = whole[..(whole.LastIndexOf("\"🔶 fine-tuned", StringComparison.Ordinal) + 8)];
        var file = _folder.Write("cut_2024-01-01.csv", cut);

        var error = Assert.Throws<ImportDataException>(() => Import(file, skipBadRows: true));

        // Line 3 is "🔶,b/two," (4 + 7 bytes) then seven 5-byte scores: the quote is byte 47.
        Assert.Equal("cut_2024-01-01.csv:3:47: the file ends inside a quoted field, which goes wrong at the quote here: the file is cut short, " +
                     "or a quote is stray or missing; nothing was imported (1 row was read before it)", error.Message);
        Assert.False(File.Exists(Snapshot));
    }

    /// <summary>The last row's start before its scores (quotes well closed there), and the byte of the type's quote: the
    /// start's bytes (🔶 is 4), then seven 5-byte scores, then the quote.</summary>
    [Theory]
    [InlineData("\"🔶\",b/two,", 49)]       // a quoted first field: 6 + 7 bytes
    [InlineData("🔶,\"b/t\"\"wo\",", 51)]  // an escaped quote inside a quoted field: 4 + 11 bytes
    public void A_cut_row_blames_the_quote_that_never_closes_not_the_well_closed_ones_before_it(string start, int column)
    {
        var rows = new[] { SmallExports.V1Row("a/one"), start + SmallExports.V1Row("b/two")["🔶,b/two,".Length..] };
        var whole = SmallExports.V1(rows);
        var file = _folder.Write("cut_2024-01-01.csv", whole[..(whole.LastIndexOf("\"🔶 fine-tuned", StringComparison.Ordinal) + 8)]);

        var error = Assert.Throws<ImportDataException>(() => Import(file, skipBadRows: true));

        Assert.StartsWith($"cut_2024-01-01.csv:3:{column}: the file ends inside a quoted field", error.Message);
    }

    [Fact]
    public void A_quote_that_never_closes_names_where_the_quoting_went_wrong_and_the_lines_it_swallowed()
    {
        var rows = new[] { SmallExports.V1Row("a/one"), SmallExports.V1Row("b/two"), SmallExports.V1Row("c/three"), SmallExports.V1Row("d/four") };
        rows[1] = rows[1].Replace("datasets\",", "datasets,", StringComparison.Ordinal); // the type's closing quote is lost
        var file = _folder.Write("stray_2024-01-01.csv", SmallExports.V1(rows));

        var error = Assert.Throws<ImportDataException>(() => Import(file, skipBadRows: true));

        Assert.StartsWith("stray_2024-01-01.csv:3:47: the file ends inside a quoted field, which goes wrong at the quote here; " +
                          "lines 3-5 were read as one row:", error.Message);
    }

    [Fact]
    public void Empty_file_and_header_only_file_are_refused()
    {
        var empty = _folder.Write("empty.csv", "");
        Assert.Equal("empty.csv: the file is empty", Assert.Throws<ImportDataException>(() => Import(empty)).Message);
        var headerOnly = _folder.Write("header.csv", SmallExports.V1Header + "\n");
        Assert.Equal("header.csv: no data rows after the header", Assert.Throws<ImportDataException>(() => Import(headerOnly)).Message);
        Assert.False(File.Exists(Snapshot));
    }

    [Fact]
    public void Duplicate_import_is_a_no_op()
    {
        var file = GoodV1();
        Import(file);
        var copy = _folder.Write("renamed copy.csv", File.ReadAllText(file)); // same bytes, other name

        var again = SnapshotImporter.Run(new ImportOptions([file, copy], Snapshot));

        Assert.True(again.NothingChanged);
        Assert.All(again.Files, result => Assert.True(result.AlreadyImported));
        Assert.Equal(1, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM imports"));
        Assert.Equal(2, SnapshotQueries.Scalar<int>(Snapshot, "SELECT COUNT(*) FROM leaderboard_entries"));
    }

    [Fact]
    public void A_failed_import_leaves_an_existing_snapshot_exactly_as_it_was()
    {
        Import(GoodV1());
        var before = File.ReadAllBytes(Snapshot);
        var bad = _folder.Write("bad_2024-02-01.csv", SmallExports.V1(SmallExports.V1Row("c/three"), SmallExports.V1Row("d/four", average: "x")));

        Assert.Throws<ImportDataException>(() => Import(bad));

        Assert.Equal(before, File.ReadAllBytes(Snapshot));
        Assert.False(File.Exists(Snapshot + "-journal"));
    }

    [Fact]
    public void Skip_bad_rows_imports_the_rest_and_counts_what_was_skipped()
    {
        var file = _folder.Write("mixed_2024-03-01.csv", SmallExports.V1(
            SmallExports.V1Row("a/one"), SmallExports.V1Row("b/two", average: "abc"), SmallExports.V1Row("c/three", date: "yesterday")));

        var result = Assert.Single(Import(file, skipBadRows: true).Files);

        Assert.Equal((3, 1, 2), (result.RowsRead, result.RowsKept, result.RowsSkipped));
        Assert.Equal(2, result.SkippedRows!.Count);
        Assert.Equal(2, SnapshotQueries.Scalar<int>(Snapshot, "SELECT rows_skipped FROM imports"));
    }

    [Fact]
    public void Existing_snapshot_gets_a_new_dated_import_and_force_rebuilds_it()
    {
        Import(GoodV1("first_2024-01-01.csv"));
        Import(_folder.Write("second_2024-02-01.csv", SmallExports.V1(SmallExports.V1Row("z/new"))));
        Assert.Equal(["2024-01-01", "2024-02-01"], SnapshotQueries.List<string>(Snapshot, "SELECT as_of FROM imports ORDER BY as_of"));
        Assert.Equal(["z/new"], SnapshotQueries.List<string>(Snapshot, "SELECT fullname FROM models"));

        Import(_folder.Write("third.csv", SmallExports.V1(SmallExports.V1Row("y/only"))), asOf: "2024-03-03", force: true);

        Assert.Equal(["2024-03-03"], SnapshotQueries.List<string>(Snapshot, "SELECT as_of FROM imports"));
        Assert.Equal(["y/only"], SnapshotQueries.List<string>(Snapshot, "SELECT fullname FROM models"));
    }

    [Fact]
    public void As_of_defaults_to_the_newest_submission_when_the_name_has_no_date()
    {
        var file = _folder.Write("export.csv", SmallExports.V1(
            SmallExports.V1Row("a/one", date: "2024-04-01T10:00:00Z"), SmallExports.V1Row("b/two", date: "2024-06-02T23:59:59Z")));
        Assert.Equal("2024-06-02", Assert.Single(Import(file).Files).AsOf);
    }

    [Fact]
    public void Missing_file_and_unreadable_snapshot_are_environment_errors()
    {
        Assert.Throws<ImportEnvironmentException>(() => Import(_folder.File("nope.csv")));
        File.WriteAllText(Snapshot, "not a database, just text that is long enough to be looked at by sqlite ........................");
        var error = Assert.Throws<ImportEnvironmentException>(() => Import(GoodV1()));
        Assert.Contains("not a readable snapshot", error.Message);
    }

    [Fact]
    public void An_insert_refused_deep_into_a_file_is_an_environment_error_and_changes_nothing()
    {
        Import(GoodV1());
        using (var connection = SnapshotQueries.Open(Snapshot))
            connection.Execute(
                """
                CREATE TRIGGER refuse_line_3000 BEFORE INSERT ON leaderboard_entries WHEN NEW.source_line = 3000
                BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END
                """);
        var before = File.ReadAllBytes(Snapshot);
        // Rows are inserted on a second thread in batches: line 3000 fails in the second batch while the file is still read.
        var rows = Enumerable.Range(1, 5000).Select(i => SmallExports.V1Row($"m/model-{i}")).ToArray();
        var big = _folder.Write("big_2024-02-01.csv", SmallExports.V1(rows));

        var error = Assert.Throws<ImportEnvironmentException>(() => Import(big));

        Assert.Equal($"{Snapshot}: SQLite could not write the snapshot (refused by the test trigger); it is left as it was", error.Message);
        Assert.Equal(before, File.ReadAllBytes(Snapshot));
    }

    [Fact]
    public void As_of_must_be_a_date_for_one_file()
    {
        Assert.Throws<ArgumentException>(() => Import(GoodV1(), asOf: "July 2024"));
        Assert.Throws<ArgumentException>(() => SnapshotImporter.Run(new ImportOptions([GoodV1("x.csv"), GoodV1("y.csv")], Snapshot, "2024-01-01")));
    }

    public void Dispose() => _folder.Dispose();
}
