using HfReports.Engine.Frames;
using HfReports.Engine.Transform;
using static HfReports.Tests.Support.Frames;

namespace HfReports.Tests.Transform;

/// <summary>The column types summarize and the single aggregates give, where their errors point, and sort's order both ways.</summary>
public sealed class SummarizeTypesTests
{
    private static Frame Apply(Frame frame, string yaml) => TransformPipeline.Apply(frame, Steps(yaml));

    private static readonly Frame Dated = Of(Text("g", "x", "x"), Date("t", "2024-03-01", "2024-01-01"), Integer("n", 2, 3));

    [Fact]
    public void Each_aggregate_column_has_the_type_its_values_have()
    {
        var result = Apply(Dated, "- summarize: { by: [g], aggregates: { rows: count, first: { min: t }, total: { sum: n }, mean: { mean: n } } }");
        Assert.Equal(["g=x | rows=2 | first=2024-01-01 | total=5 | mean=2.5"], Rows(result));
        Assert.Equal([ColumnType.Text, ColumnType.Integer, ColumnType.Date, ColumnType.Integer, ColumnType.Real], result.Columns.Select(c => c.Type));

        var last = Apply(Dated, "- max: { column: t, by: [g], as: last }");
        Assert.Equal(["g=x | last=2024-03-01"], Rows(last));
        Assert.Equal(ColumnType.Date, last["last"].Type);
    }

    [Fact]
    public void An_aggregate_of_the_wrong_type_is_refused_where_the_aggregate_is_written()
    {
        var error = Assert.Throws<TransformException>(() => Apply(Dated, "- summarize:\n    by: [g]\n    aggregates:\n      m: { mean: t }\n"));
        Assert.Equal("the 'summarize' transform needs integer or real values in 't', but it holds date values", error.Message);
        Assert.Equal(4, error.Step.Location.Line);
        Assert.Equal("the 'mean' transform needs integer or real values in 't', but it holds date values",
            Assert.Throws<TransformException>(() => Apply(Dated, "- mean: { column: t }")).Message);
    }

    [Fact]
    public void An_aggregate_named_like_a_key_is_a_clash()
    {
        Assert.Equal("the 'summarize' transform would make two columns named 'g'; choose another 'as'",
            Assert.Throws<TransformException>(() => Apply(Dated, "- summarize: { by: [g], aggregates: { g: count } }")).Message);
        Assert.Equal("the 'count' transform would make two columns named 'g'; choose another 'as'",
            Assert.Throws<TransformException>(() => Apply(Dated, "- count: { by: [g], as: g }")).Message);
    }

    [Fact]
    public void Sort_descending_puts_nulls_last_and_sorts_by_later_keys_on_ties()
    {
        var frame = Of(Text("a", "x", null, "x", "y"), Integer("b", 1, 5, 2, 0));
        Assert.Equal(["a=y | b=0", "a=x | b=2", "a=x | b=1", "a=null | b=5"], Rows(Apply(frame, "- sort: { by: [a, b], order: descending }")));
        Assert.Equal(["a=null | b=5", "a=x | b=1", "a=x | b=2", "a=y | b=0"], Rows(Apply(frame, "- sort: { by: [a, b] }")));
    }
}
