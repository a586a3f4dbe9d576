using HfReports.Engine.Frames;
using HfReports.Engine.Transform;
using static HfReports.Tests.Support.Frames;

namespace HfReports.Tests.Transform;

/// <summary>lump's cuts at their boundaries (a share or count equal to the limit is not above it) and pivot's columns
/// (in value order, null as a column, empty cells filled), each worked out by hand.</summary>
public sealed class LumpAndPivotTests
{
    private static Frame Apply(Frame frame, string yaml) => TransformPipeline.Apply(frame, Steps(yaml));

    private static string Lumped(Frame frame, string yaml) => string.Join(",", Apply(frame, yaml)["g"].Values.Select(v => v ?? "null"));

    // Weights 50, 25, 15, 10 of 100 (the null weight counts 0).
    private static readonly Frame Weighted = Of(Text("g", "a", "b", "c", "d", "d"), Integer("w", 50, 25, 15, 10, null));

    [Fact]
    public void A_category_exactly_at_the_share_or_count_is_not_above_it_and_is_lumped()
    {
        Assert.Equal("a,Other,Other,Other,Other", Lumped(Weighted, "- lump: { column: g, min_share: 0.25, weight: w }"));
        Assert.Equal("a,b,Other,Other,Other", Lumped(Weighted, "- lump: { column: g, min_share: 0.24, weight: w }"));
        Assert.Equal("a,Other,Other,Other,Other", Lumped(Weighted, "- lump: { column: g, min_count: 25, weight: w }"));
        Assert.Equal("a,b,c,Other,Other", Lumped(Weighted, "- lump: { column: g, min_count: 14, weight: w }"));
    }

    [Fact]
    public void Without_a_weight_a_category_s_size_is_its_rows_and_ties_at_the_cut_go_by_category_order()
    {
        Assert.Equal("Other,Other,Other,d,d", Lumped(Weighted, "- lump: { column: g, top: 1 }"));
        Assert.Equal("a,b,Other,d,d", Lumped(Weighted, "- lump: { column: g, top: 3 }"));
        Assert.Equal("Other,Other,Other,d,d", Lumped(Weighted, "- lump: { column: g, min_count: 1 }")); // one row is not above 1
    }

    [Fact]
    public void Shares_of_a_total_of_zero_keep_nothing()
    {
        var frame = Of(Text("g", "a", "b"), Real("w", 0, 0));
        Assert.Equal("Other,Other", Lumped(frame, "- lump: { column: g, min_share: 0.1, weight: w }"));
    }

    [Fact]
    public void Lump_needs_text_categories_and_a_numeric_weight()
    {
        Assert.Equal("the 'lump' transform needs text values in 'w', but it holds integer values",
            Assert.Throws<TransformException>(() => Apply(Weighted, "- lump: { column: w, top: 1 }")).Message);
        Assert.Equal("the 'lump' transform needs integer or real values in 'g', but it holds text values",
            Assert.Throws<TransformException>(() => Apply(Weighted, "- lump: { column: g, top: 1, weight: g }")).Message);
    }

    [Fact]
    public void Pivot_makes_a_column_per_name_in_value_order_with_null_as_a_name_and_fills_empty_cells()
    {
        // Names 9, 10 and null: value order puts null first and 9 before 10 (as numbers, not as text).
        var frame = Of(Text("id", "x", "x", "y", "y"), Integer("k", 10, 9, null, 9), Integer("n", 1, null, 3, 4));
        Assert.Equal(["id=x | null=0 | 9=0 | 10=1", "id=y | null=3 | 9=4 | 10=0"], Rows(Apply(frame, "- pivot: { names: k, values: n, fill: 0 }")));
        Assert.Equal(["id=x | null=null | 9=null | 10=1", "id=y | null=3 | 9=4 | 10=null"], Rows(Apply(frame, "- pivot: { names: k, values: n }")));
    }

    [Fact]
    public void Pivot_refuses_a_fill_of_another_type_and_a_name_that_is_already_a_column()
    {
        var frame = Of(Text("id", "x"), Text("k", "id"), Integer("n", 1));
        Assert.Equal("the fill value 'none' cannot be read as integer, the type of 'n'",
            Assert.Throws<TransformException>(() => Apply(frame, "- pivot: { names: k, values: n, fill: none }")).Message);
        Assert.Equal("the 'pivot' transform would make a column 'id', but the frame already has one",
            Assert.Throws<TransformException>(() => Apply(frame, "- pivot: { names: k, values: n }")).Message);
    }
}
