using HfReports.Engine.Tables;

namespace HfReports.Tests.Rendering;

/// <summary>Column widths chosen for the fewest lines; every expected width and line count below is worked by hand
/// (spaces of width 0 unless said, so a line holds the words whose widths sum to at most the column's width).</summary>
public sealed class ShortTableWidthTests
{
    private static CellWords Words(params float[] widths) => new(widths, widths.Select(w => new[] { w }).ToArray());

    [Theory]
    [InlineData(34f, 1)] // 10 + 2 + 10 + 2 + 10
    [InlineData(33f, 2)]
    [InlineData(22f, 2)] // 10 + 2 + 10, then 10
    [InlineData(21f, 3)]
    public void Lines_fill_words_first_fit_with_a_space_between_them(float width, int expected) =>
        Assert.Equal(expected, ShortTableWidths.Lines(Words(10, 10, 10), width, space: 2));

    [Fact]
    public void A_word_wider_than_its_column_breaks_at_its_pieces_without_a_space()
    {
        var word = new CellWords([30], [[12, 18]]);
        Assert.Equal(2, ShortTableWidths.Lines(word, 20, space: 5)); // 12 | 18
        Assert.Equal(1, ShortTableWidths.Lines(word, 30, space: 5)); // the whole word
        // After a word on the line, the first piece needs the space: 4 + 5 + 12 > 20.
        Assert.Equal(3, ShortTableWidths.Lines(new CellWords([4, 30], [[4], [12, 18]]), 20, space: 5));
    }

    [Fact]
    public void A_piece_wider_than_its_column_takes_as_many_lines_as_it_is_long() =>
        Assert.Equal(3, ShortTableWidths.Lines(new CellWords([50], [[50]]), 20, space: 0)); // 20 | 20 | 10

    [Fact]
    public void The_short_column_that_wraps_on_every_row_gets_its_width_before_a_long_header()
    {
        // Row 1 is the header: A "ab cd" and B "Weight type" (30 + 30); rows 2-5: A "ab cd" and B "z". 90 pt for a
        // natural 100. In proportion (minimums 20 and 30, the 40 left shared 20 : 30) A gets 36 and every row has two
        // lines: 10. Giving A its 40 first puts every A cell on one line and leaves B the 50, too narrow for the header
        // on one line anyway: 2 + 4 = 6 lines.
        CellWords[][] rows =
        [
            [Words(20, 20), Words(30, 30)],
            [Words(20, 20), Words(10)],
            [Words(20, 20), Words(10)],
            [Words(20, 20), Words(10)],
            [Words(20, 20), Words(10)],
        ];
        float[] natural = [40, 60];
        float[] minimum = [20, 30];
        Assert.Equal([36f, 54f], ShortTableWidths.Proportional(natural, minimum, 90));
        var widths = ShortTableWidths.Widths(rows, space: 0, gap: 0, natural, minimum, minimum, 90);
        Assert.Equal(40, widths[0], 0.001f);
        Assert.Equal(50, widths[1], 0.001f);
    }

    [Fact]
    public void The_gap_of_each_column_holds_no_text()
    {
        // As above with a gap of 4 in every width: A needs 44 to hold "ab cd" on one line.
        CellWords[][] rows = [[Words(20, 20), Words(30, 30)], [Words(20, 20), Words(10)], [Words(20, 20), Words(10)]];
        var widths = ShortTableWidths.Widths(rows, space: 0, gap: 4, natural: [44, 64], pieces: [24, 34], wholeWords: [24, 34], available: 98);
        Assert.Equal(44, widths[0], 0.001f);
        Assert.Equal(54, widths[1], 0.001f);
    }

    [Fact]
    public void Width_that_saves_no_line_of_the_table_puts_a_cell_on_fewer_lines()
    {
        // One row: A [10 x 9] (natural 90), B [25, 25] (natural 50); 100 pt, minimums 10 and 25. Line counts by
        // width of A: 10 -> 9, 20 -> 5, 30 -> 3, 50 -> 2, 90 -> 1; B is on 2 lines below 50.
        // Greedy: A to 20 (4 lines for 10 pt), to 30 (2 for 10), to 50 (1 for 20): the row is then 2 lines, as B is.
        // The 25 left cannot take A to one line (90), but they put B's two words on one line: [50, 50].
        CellWords[][] rows = [[Words(10, 10, 10, 10, 10, 10, 10, 10, 10), Words(25, 25)]];
        var widths = ShortTableWidths.Widths(rows, space: 0, gap: 0, natural: [90, 50], pieces: [10, 25], wholeWords: [10, 25], available: 100);
        Assert.Equal(50, widths[0], 0.01f);
        Assert.Equal(50, widths[1], 0.01f);
    }

    [Fact]
    public void Width_that_saves_nothing_is_shared_in_proportion_to_what_each_column_still_wants()
    {
        // As above in 110 pt: after [50, 50] the 10 left are shared 40 : 0, all to A.
        CellWords[][] rows = [[Words(10, 10, 10, 10, 10, 10, 10, 10, 10), Words(25, 25)]];
        var widths = ShortTableWidths.Widths(rows, space: 0, gap: 0, natural: [90, 50], pieces: [10, 25], wholeWords: [10, 25], available: 110);
        Assert.Equal(60, widths[0], 0.01f);
        Assert.Equal(50, widths[1], 0.01f);
    }

    [Fact]
    public void A_table_that_fits_keeps_its_natural_widths() =>
        Assert.Equal([40f, 30f], ShortTableWidths.Widths([[Words(40), Words(30)]], 0, 0, [40, 30], [40, 30], [40, 30], 100));

    [Fact]
    public void A_table_of_more_cells_than_the_search_allows_keeps_the_proportional_widths()
    {
        var rows = Enumerable.Range(0, ShortTableWidths.MostCells / 2 + 1).Select(_ => new[] { Words(20, 20), Words(10) }).ToArray();
        Assert.Equal(ShortTableWidths.Proportional([40, 60], [20, 30], 90), ShortTableWidths.Widths(rows, 0, 0, [40, 60], [20, 30], [20, 30], 90));
        // One row fewer is searched, and A gets its 40.
        Assert.Equal(40, ShortTableWidths.Widths(rows[1..], 0, 0, [40, 60], [20, 30], [20, 30], 90)[0], 0.001f);
    }

    [Fact]
    public void A_word_breaks_at_its_hyphen_when_that_saves_a_line_and_stays_whole_when_width_is_left()
    {
        // A: "Smartllama-70B" (60; pieces 35 and 25); B: twenty words of 10. In 150 pt the proportional widths keep A
        // whole (60) and leave B 90: nine words a line, 3 lines. Broken, A needs 35 and B gets 100 and more: 2 lines
        // (cost 2 + 0.25 for the broken word). The greedy widens B to 20, 30, 40, 50, 70, 100 (saving 10, 3, 2, 1, 1, 1
        // lines), A cannot reach 60 with the 15 left, and the 15 are shared 25 : 100 -> A 38, B 112.
        var a = new CellWords([60], [[35, 25]]);
        var b = Words(Enumerable.Repeat(10f, 20).ToArray());
        Assert.Equal(3, ShortTableWidths.Lines(b, ShortTableWidths.Proportional([60, 200], [60, 10], 150)[1], 0));
        var widths = ShortTableWidths.Widths([[a, b]], 0, 0, natural: [60, 200], pieces: [35, 10], wholeWords: [60, 10], available: 150);
        Assert.Equal(38, widths[0], 0.01f);
        Assert.Equal(112, widths[1], 0.01f);
        Assert.Equal((2, 1), ShortTableWidths.Fit(a, widths[0], 0));
        Assert.Equal(2, ShortTableWidths.Lines(b, widths[1], 0));
        // With 200 pt both fit as they are: A keeps its word whole (60) and B takes the rest in 2 lines.
        var roomy = ShortTableWidths.Widths([[a, b]], 0, 0, natural: [60, 200], pieces: [35, 10], wholeWords: [60, 10], available: 200);
        Assert.Equal(60, roomy[0], 0.01f);
        Assert.Equal((1, 0), ShortTableWidths.Fit(a, roomy[0], 0));
    }

    [Fact]
    public void A_piece_too_wide_for_its_column_is_cut_and_the_line_goes_on_after_its_last_part()
    {
        // "xxxxx-yyyy..." (pieces 5 and 25) in 20: 5 | 20 | 5 (the 25 is cut), one word broken.
        Assert.Equal((3, 1), ShortTableWidths.Fit(new CellWords([30], [[5, 25]]), 20, space: 0));
        // A word of 50 with no hyphen in 20: 20 | 20 | 10, broken; a word of 5 after it fits beside the 10.
        Assert.Equal((3, 1), ShortTableWidths.Fit(new CellWords([50], [[50]]), 20, space: 0));
        Assert.Equal((3, 1), ShortTableWidths.Fit(new CellWords([50, 5], [[50], [5]]), 20, space: 0));
    }

    [Fact]
    public void A_giant_word_starts_at_a_third_of_the_width_so_the_other_columns_can_take_theirs()
    {
        // A: one word of 90 (no hyphen); B: ten words of 10; 100 pt. Started at its 90, A would leave B 10 (ten lines);
        // from a third (33.3, three lines) the search finds a table of two lines: A on two lines, B on two.
        var a = new CellWords([90], [[90]]);
        var b = Words(10, 10, 10, 10, 10, 10, 10, 10, 10, 10);
        var widths = ShortTableWidths.Widths([[a, b]], 0, 0, natural: [90, 100], pieces: [90, 10], wholeWords: [90, 10], available: 100);
        Assert.Equal(2, Math.Max(ShortTableWidths.Lines(a, widths[0], 0), ShortTableWidths.Lines(b, widths[1], 0)));
        Assert.Equal(100, widths.Sum(), 0.01f);
    }
}
