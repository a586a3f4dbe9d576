using HfReports.Engine.Frames;
using HfReports.Engine.Transform;
using static HfReports.Tests.Support.Frames;

namespace HfReports.Tests.Transform;

/// <summary>The order every grouped result follows (nulls first, text by code point, integers and reals as numbers)
/// and the running totals, shares and rankings built on it, worked out by hand.</summary>
public sealed class GroupKeyAndShareTests
{
    private static Frame Apply(Frame frame, string yaml) => TransformPipeline.Apply(frame, Steps(yaml));

    [Theory]
    [InlineData(null, null, 0)]
    [InlineData(null, 1L, -1)]
    [InlineData(1L, null, 1)]
    [InlineData("B", "a", -1)]   // by code point: 'B' is 66, 'a' 97
    [InlineData("a", "B", 1)]
    [InlineData(2L, 10L, -1)]
    [InlineData(2L, 2.5, -1)]
    [InlineData(3L, 2.5, 1)]
    [InlineData(2L, 2.0, 0)]
    [InlineData(true, false, 1)]
    public void Values_compare_nulls_first_then_by_value(object? a, object? b, int sign)
    {
        Assert.Equal(sign, Math.Sign(GroupKey.CompareValues(a, b)));
    }

    [Fact]
    public void Keys_compare_column_by_column_and_equal_keys_are_one_group()
    {
        var key = new GroupKey(["a", 2L]);
        Assert.True(key.CompareTo(new GroupKey(["a", 3L])) < 0);
        Assert.True(key.CompareTo(new GroupKey(["b", 1L])) < 0);
        Assert.True(key.CompareTo(new GroupKey(["a", 1L])) > 0);
        Assert.True(key.CompareTo(null) > 0);
        Assert.Equal(0, key.CompareTo(new GroupKey(["a", 2L])));
        Assert.True(key.Equals((object)new GroupKey(["a", 2L])));
        Assert.False(key.Equals((object)"a"));
        Assert.False(key.Equals(null));
        Assert.Equal(key.GetHashCode(), new GroupKey(["a", 2L]).GetHashCode());
        Assert.Equal(2, new HashSet<GroupKey> { key, new(["a", 2L]), new(["a", null]) }.Count);
    }

    [Fact]
    public void A_share_is_null_for_a_null_value_and_for_a_group_totalling_zero_and_takes_a_scale()
    {
        var frame = Of(Text("g", "x", "x", "x", "y", "y"), Integer("n", 1, 3, null, 0, 0));
        Assert.Equal(["0.25", "0.75", "null", "null", "null"],
            Rows(Apply(frame, "- percent: { column: n, within: [g], as: s, scale: 1 }\n- select: [s]")).Select(r => r["s=".Length..]));
        Assert.Equal(["25", "75", "null", "null", "null"],
            Rows(Apply(frame, "- percent: { column: n, within: [g], as: s }\n- select: [s]")).Select(r => r["s=".Length..]));
    }

    [Fact]
    public void A_running_total_carries_over_a_null_and_keeps_integers_integer()
    {
        var frame = Of(Integer("t", 3, 1, 2, 1), Text("g", "x", "x", "x", "y"), Integer("n", 5, 1, null, 7));
        var result = Apply(frame, "- cumulative: { column: n, order: [t], by: [g], as: total }");
        Assert.Equal(["t=1 | g=x | n=1 | total=1", "t=1 | g=y | n=7 | total=7", "t=2 | g=x | n=null | total=1", "t=3 | g=x | n=5 | total=6"], Rows(result));
        Assert.All(result["total"].Values, v => Assert.IsType<long>(v));
        var reals = Apply(Of(Integer("t", 1, 2), Real("v", 0.5, 0.25)), "- cumulative: { column: v, order: [t], as: total }");
        Assert.Equal([0.5, 0.75], reals["total"].Values);
    }

    [Fact]
    public void Top_ranks_by_value_drops_nulls_and_keeps_ties_in_their_order()
    {
        var frame = Of(Text("m", "a", "b", "c", "d", "e"), Integer("s", 5, null, 9, 5, 1));
        Assert.Equal(["m=c | s=9", "m=a | s=5", "m=d | s=5"], Rows(Apply(frame, "- top: { n: 3, by: s }")));
        Assert.Equal(["m=e | s=1", "m=a | s=5"], Rows(Apply(frame, "- top: { n: 2, by: s, order: ascending }")));
        Assert.Equal(["m=c | s=9", "m=a | s=5", "m=d | s=5", "m=e | s=1"], Rows(Apply(frame, "- top: { n: 10, by: s }")));
    }
}
