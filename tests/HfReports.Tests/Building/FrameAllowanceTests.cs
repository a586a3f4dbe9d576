using HfReports.Engine.Evaluation;
using static HfReports.Tests.Support.Frames;

namespace HfReports.Tests.Building;

/// <summary>The build's allowance for all its frames together (20,000,000 cells; 512 MiB of text): a refused frame or
/// a finished read gives its room back. Totals worked out by hand from the limits.</summary>
public sealed class FrameAllowanceTests
{
    [Fact]
    public void A_refused_frame_leaves_its_room_to_the_frames_after_it()
    {
        var allowance = new FrameAllowance();
        using var reading = allowance.StartReading();
        Assert.Null(reading.Take(FrameAllowance.MaxCells - 10, 0));

        var twenty = Of(Integer("a", [.. Enumerable.Repeat(1L, 10)]), Integer("b", [.. Enumerable.Repeat(2L, 10)]));
        Assert.Equal("the frames of this build would hold 20,000,010 cells (rows x columns) in all with this one's 20, more than the 20,000,000 "
                     + "a build may hold; aggregate in SQL, or share one named frame between blocks", allowance.Charge(twenty));
        // 20,000,000 - 10 + 5 fits, once the refused 20 are given back.
        Assert.Null(allowance.Charge(Of(Integer("a", 1, 2, 3, 4, 5))));
        Assert.NotNull(allowance.Charge(Of(Integer("a", 1, 2, 3, 4, 5, 6))));
    }

    [Fact]
    public void The_rows_a_query_read_are_held_until_it_ends_and_exactly_the_limit_fits()
    {
        var allowance = new FrameAllowance();
        var reading = allowance.StartReading();
        Assert.Null(reading.Take(FrameAllowance.MaxCells, 0));
        Assert.StartsWith("the frames of this build would hold 20,000,001 cells (rows x columns) in all with the rows this query has read",
            reading.Take(1, 0));
        Assert.NotNull(allowance.Charge(Of(Integer("a", 1))));
        reading.Dispose();
        Assert.Null(allowance.Charge(Of(Integer("a", 1))));
    }

    [Fact]
    public void Text_is_bounded_in_all_apart_from_cells()
    {
        var allowance = new FrameAllowance();
        using var reading = allowance.StartReading();
        Assert.Null(reading.Take(0, FrameAllowance.MaxBytes));
        // Two bytes past 512 MiB: shown rounded up to a tenth of a MiB.
        Assert.StartsWith("the frames of this build would hold 512.1 MiB of text in all with this one's 0.1 MiB, more than the 512 MiB a build may hold",
            allowance.Charge(Of(Text("t", "ab"))));
    }

    [Fact]
    public void Text_is_counted_over_all_columns_and_given_back_when_refused_or_read()
    {
        // A text value takes 24 bytes and 2 a character: "ab" 28, "abc" 30.
        var allowance = new FrameAllowance();
        using (var reading = allowance.StartReading())
        {
            Assert.Null(reading.Take(0, FrameAllowance.MaxBytes - 40));
            // "ab" and "cd": 56 bytes in all, more than the 40 left (either column alone would fit).
            Assert.NotNull(allowance.Charge(Of(Text("a", "ab"), Text("b", "cd"))));
            // The refused 56 are given back, so 30 still fit, and then 11 more read are one too many.
            Assert.Null(allowance.Charge(Of(Text("a", "abc"))));
            Assert.StartsWith("the frames of this build would hold 512.1 MiB of text in all with the rows this query has read", reading.Take(0, 11));
        }
        // What a read took is given back when it ends: only the 30 charged stay held.
        using var next = allowance.StartReading();
        Assert.Null(next.Take(0, FrameAllowance.MaxBytes - 30));
        Assert.NotNull(next.Take(0, 1));
    }
}
