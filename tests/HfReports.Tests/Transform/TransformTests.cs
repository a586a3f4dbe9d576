using HfReports.Engine.Frames;
using HfReports.Engine.Transform;
using static HfReports.Tests.Support.Frames;

namespace HfReports.Tests.Transform;

/// <summary>One test per transform of the DSL, each against a frame whose result was worked out by hand.</summary>
public sealed class TransformTests
{
    private static Frame Apply(Frame frame, string yaml) => TransformPipeline.Apply(frame, Steps(yaml));

    [Fact]
    public void Bucket_floors_to_sunday_weeks_by_default_and_monday_on_request()
    {
        // 2024-01-03 is a Wednesday: its Sunday week starts 2023-12-31, its Monday week 2024-01-01.
        var frame = Of(Date("t", "2024-01-03", "2024-01-07", "2024-05-20", null));
        var result = Apply(frame, """
            - bucket: { column: t, by: week, as: sunday }
            - bucket: { column: t, by: week, as: monday, week_start: monday }
            - bucket: { column: t, by: month, as: month }
            - bucket: { column: t, by: quarter, as: quarter }
            - bucket: { column: t, by: year }
            """);
        Assert.Equal(
        [
            "t=2024-01-01 | sunday=2023-12-31 | monday=2024-01-01 | month=2024-01-01 | quarter=2024-01-01",
            "t=2024-01-01 | sunday=2024-01-07 | monday=2024-01-01 | month=2024-01-01 | quarter=2024-01-01",
            "t=2024-01-01 | sunday=2024-05-19 | monday=2024-05-20 | month=2024-05-01 | quarter=2024-04-01",
            "t=null | sunday=null | monday=null | month=null | quarter=null",
        ], Rows(result));
    }

    [Fact]
    public void Bucket_day_drops_the_time_of_day()
    {
        var frame = Of(new FrameColumn("t", ColumnType.Date, [new DateTime(2024, 3, 5, 23, 59, 0, DateTimeKind.Utc)]));
        Assert.Equal(["t=2024-03-05T23:59:00Z | day=2024-03-05"], Rows(Apply(frame, "- bucket: { column: t, by: day, as: day }")));
    }

    [Fact]
    public void Lump_keeps_the_top_categories_and_treats_null_as_a_category()
    {
        // Sizes: a 3, b 2, null 2, c 1. top 2 keeps a, then b and null tie at 2: null sorts first, so null is kept.
        var frame = Of(Text("g", "a", "b", "a", null, "c", "a", "b", null));
        Assert.Equal(["g=a", "g=Other", "g=a", "g=null", "g=Other", "g=a", "g=Other", "g=null"],
            Rows(Apply(frame, "- lump: { column: g, top: 2 }")));
    }

    [Fact]
    public void Lump_by_share_and_by_weighted_count()
    {
        var frame = Of(Text("g", "a", "b", "c"), Integer("n", 60, 30, 10));
        Assert.Equal(["g=a | n=60 | group=a", "g=b | n=30 | group=b", "g=c | n=10 | group=rest"],
            Rows(Apply(frame, "- lump: { column: g, min_share: 0.2, weight: n, other: rest, as: group }")));
        Assert.Equal(["g=a | n=60", "g=Other | n=30", "g=Other | n=10"],
            Rows(Apply(frame, "- lump: { column: g, min_count: 50, weight: n }")));
    }

    [Fact]
    public void Count_counts_rows_per_key_with_null_as_its_own_group_sorted_by_key()
    {
        var frame = Of(Text("g", "b", "a", null, "b"));
        Assert.Equal(["g=null | models=1", "g=a | models=1", "g=b | models=2"],
            Rows(Apply(frame, "- count: { by: [g], as: models }")));
    }

    private static Frame Scores() => Of(Text("g", "x", "x", "y", "y", "y", "z"), Real("v", 1, 4, 2, null, 7, null), Integer("n", 1, 2, 3, 4, 5, null));

    [Fact]
    public void Sum_skips_nulls_keeps_integers_integer_and_gives_null_for_an_empty_group()
    {
        Assert.Equal(["g=x | v=5", "g=y | v=9", "g=z | v=null"], Rows(Apply(Scores(), "- sum: { column: v, by: [g] }")));
        var sums = Apply(Scores(), "- sum: { column: n, by: g, as: total }");
        Assert.Equal(ColumnType.Integer, sums["total"].Type);
        Assert.Equal(["g=x | total=3", "g=y | total=12", "g=z | total=null"], Rows(sums));
    }

    [Fact]
    public void Mean_of_non_null_values()
    {
        Assert.Equal(["g=x | v=2.5", "g=y | v=4.5", "g=z | v=null"], Rows(Apply(Scores(), "- mean: { column: v, by: [g] }")));
    }

    [Fact]
    public void Median_takes_the_middle_or_the_mean_of_the_two_middle_values()
    {
        Assert.Equal(["g=x | n=1.5", "g=y | n=4", "g=z | n=null"], Rows(Apply(Scores(), "- median: { column: n, by: [g] }")));
    }

    [Fact]
    public void Min_and_max_keep_the_column_type_and_work_on_dates()
    {
        Assert.Equal(["g=x | v=1", "g=y | v=2", "g=z | v=null"], Rows(Apply(Scores(), "- min: { column: v, by: [g] }")));
        Assert.Equal(["g=x | v=4", "g=y | v=7", "g=z | v=null"], Rows(Apply(Scores(), "- max: { column: v, by: [g] }")));
        var dates = Of(Date("t", "2024-02-01", "2023-05-06", null));
        var latest = Apply(dates, "- max: { column: t, as: latest }");
        Assert.Equal(ColumnType.Date, latest["latest"].Type);
        Assert.Equal(["latest=2024-02-01"], Rows(latest));
    }

    [Fact]
    public void Cumulative_runs_within_groups_in_key_order()
    {
        var frame = Of(Date("week", "2024-01-14", "2024-01-07", "2024-01-07", "2024-01-14", "2024-01-21"),
            Text("g", "a", "b", "a", "b", "a"), Integer("n", 2, 5, 1, null, 4));
        Assert.Equal(
        [
            "week=2024-01-07 | g=a | n=1 | total=1",
            "week=2024-01-07 | g=b | n=5 | total=5",
            "week=2024-01-14 | g=a | n=2 | total=3",
            "week=2024-01-14 | g=b | n=null | total=5",
            "week=2024-01-21 | g=a | n=4 | total=7",
        ], Rows(Apply(frame, "- cumulative: { column: n, order: [week], by: [g], as: total }")));
    }

    [Fact]
    public void Cumulative_keeps_integers_integers_and_reals_reals()
    {
        var frame = Of(Integer("t", 1, 2, 3), Integer("n", 2, 3, 4), Real("x", 0.5, 0.25, 0.125));
        var result = Apply(frame, """
            - cumulative: { column: n, order: [t], as: n_total }
            - cumulative: { column: x, order: [t], as: x_total }
            """);
        Assert.Equal(ColumnType.Integer, result["n_total"].Type);
        Assert.Equal([2L, 5L, 9L], result["n_total"].Values);
        Assert.Equal(ColumnType.Real, result["x_total"].Type);
        Assert.Equal([0.5, 0.75, 0.875], result["x_total"].Values);
    }

    [Fact]
    public void Percent_is_the_share_within_a_group()
    {
        var frame = Of(Text("w", "1", "1", "1", "2", "2"), Integer("n", 1, 3, null, 0, 0));
        Assert.Equal(["w=1 | n=1 | share=25", "w=1 | n=3 | share=75", "w=1 | n=null | share=null", "w=2 | n=0 | share=null", "w=2 | n=0 | share=null"],
            Rows(Apply(frame, "- percent: { column: n, within: [w], as: share }")));
        Assert.Equal(["w=1 | n=1 | percent=0.25", "w=1 | n=3 | percent=0.75", "w=1 | n=null | percent=null", "w=2 | n=0 | percent=null", "w=2 | n=0 | percent=null"],
            Rows(Apply(frame, "- percent: { column: n, within: w, scale: 1 }")));
    }

    [Fact]
    public void Complete_fills_missing_weeks_and_categories()
    {
        var frame = Of(Date("week", "2024-01-07", "2024-01-21"), Text("g", "a", "b"), Integer("n", 3, 4));
        Assert.Equal(
        [
            "week=2024-01-07 | g=a | n=3",
            "week=2024-01-07 | g=b | n=0",
            "week=2024-01-07 | g=c | n=0",
            "week=2024-01-14 | g=a | n=0",
            "week=2024-01-14 | g=b | n=0",
            "week=2024-01-14 | g=c | n=0",
            "week=2024-01-21 | g=a | n=0",
            "week=2024-01-21 | g=b | n=4",
            "week=2024-01-21 | g=c | n=0",
        ], Rows(Apply(frame, "- complete: { columns: [week, g], every: week, values: { g: [c] }, fill: { n: 0 } }")));
    }

    [Fact]
    public void Complete_months_leave_unfilled_columns_null()
    {
        var frame = Of(Date("month", "2023-11-01", "2024-01-01"), Integer("n", 1, 2), Text("note", "x", "y"));
        Assert.Equal(["month=2023-11-01 | n=1 | note=x", "month=2023-12-01 | n=0 | note=null", "month=2024-01-01 | n=2 | note=y"],
            Rows(Apply(frame, "- complete: { columns: month, every: month, fill: { n: 0 } }")));
    }

    [Fact]
    public void Pivot_spreads_names_into_columns_with_a_fill()
    {
        var frame = Of(Text("week", "w1", "w1", "w2"), Text("g", "b", "a", "b"), Integer("n", 1, 2, 3));
        Assert.Equal(["week=w1 | a=2 | b=1", "week=w2 | a=0 | b=3"], Rows(Apply(frame, "- pivot: { names: g, values: n, fill: 0 }")));
    }

    [Fact]
    public void Pivot_refuses_two_values_for_one_cell()
    {
        var frame = Of(Text("g", "a", "a"), Integer("n", 1, 2));
        var error = Assert.Throws<TransformException>(() => Apply(frame, "- pivot: { names: g, values: n }"));
        Assert.Equal("the 'pivot' transform found two values for the cell 'a' of one row; aggregate first (e.g. with sum or count)", error.Message);
    }

    [Fact]
    public void Top_keeps_n_rows_by_a_column_within_groups_and_skips_nulls()
    {
        var frame = Of(Text("g", "x", "x", "x", "y", "y"), Text("m", "m1", "m2", "m3", "m4", "m5"), Real("s", 5, null, 9, 1, 2));
        Assert.Equal(["g=x | m=m3 | s=9", "g=y | m=m5 | s=2"], Rows(Apply(frame, "- top: { n: 1, by: s, within: [g] }")));
        Assert.Equal(["g=y | m=m4 | s=1", "g=y | m=m5 | s=2"], Rows(Apply(frame, "- top: { n: 2, by: s, order: ascending }")));
    }

    [Fact]
    public void Sort_orders_rows_stably_with_nulls_first_ascending()
    {
        var frame = Of(Text("m", "a", "b", "c", "d"), Real("s", 2, null, 1, 2));
        Assert.Equal(["m=b | s=null", "m=c | s=1", "m=a | s=2", "m=d | s=2"], Rows(Apply(frame, "- sort: { by: s }")));
        Assert.Equal(["m=a | s=2", "m=d | s=2", "m=c | s=1", "m=b | s=null"], Rows(Apply(frame, "- sort: { by: [s], order: descending }")));
    }

    [Fact]
    public void Filter_converts_the_value_to_the_column_type_and_never_matches_null()
    {
        var frame = Of(Real("p", 0, 7, null, 70), Date("t", "2023-12-31", "2024-01-01", "2024-02-01", null), Text("g", "a", "b", "c", null));
        Assert.Equal(["p=7", "p=70"], Rows(Apply(frame, "- filter: { column: p, gt: 0 }\n- select: [p]")));
        Assert.Equal(["p=0", "p=7", "p=70"], Rows(Apply(frame, "- filter: { column: p, ne: 5 }\n- select: p")));
        Assert.Equal(["t=2024-01-01", "t=2024-02-01"], Rows(Apply(frame, "- filter: { column: t, ge: 2024-01-01 }\n- select: [t]")));
        Assert.Equal(["g=a", "g=c"], Rows(Apply(frame, "- filter: { column: g, in: [a, c] }\n- select: [g]")));
        Assert.Equal(["g=null"], Rows(Apply(frame, "- filter: { column: g, is_null: true }\n- select: [g]")));
    }

    [Fact]
    public void Filter_reports_a_value_that_cannot_be_compared()
    {
        var frame = Of(Real("p", 1));
        var error = Assert.Throws<TransformException>(() => Apply(frame, "- filter: { column: p, lt: big }"));
        Assert.Equal("cannot compare 'p' (real) with 'big'", error.Message);
    }

    [Fact]
    public void Rename_renames_columns_and_refuses_clashes()
    {
        var frame = Of(Text("arch_group", "a"), Integer("n", 1));
        Assert.Equal(["architecture=a | models=1"], Rows(Apply(frame, "- rename: { arch_group: architecture, n: models }")));
        var error = Assert.Throws<TransformException>(() => Apply(frame, "- rename: { arch_group: n }"));
        Assert.Equal("the 'rename' transform would make two columns named 'n'", error.Message);
    }

    [Fact]
    public void Select_keeps_the_listed_columns_in_order()
    {
        var frame = Of(Text("a", "1"), Text("b", "2"), Text("c", "3"));
        Assert.Equal(["c=3 | a=1"], Rows(Apply(frame, "- select: [c, a]")));
    }

    [Fact]
    public void A_missing_column_lists_the_columns_the_frame_has()
    {
        var frame = Of(Text("arch_group", "a"), Integer("n", 1));
        var error = Assert.Throws<TransformException>(() => Apply(frame, "- count: { by: [architecture] }"));
        Assert.Equal("the 'count' transform needs column 'architecture', but the frame has: arch_group, n", error.Message);
    }

    [Fact]
    public void A_wrong_column_type_names_the_types()
    {
        var frame = Of(Text("g", "a"));
        var error = Assert.Throws<TransformException>(() => Apply(frame, "- sum: { column: g }"));
        Assert.Equal("the 'sum' transform needs integer or real values in 'g', but it holds text values", error.Message);
    }

    [Fact]
    public void The_paper_weekly_architecture_pipeline_composes()
    {
        // Figure 5's shape: Sunday weeks, lumped architectures, counts, gaps filled with 0, share within week.
        var frame = Of(Date("created_at", "2024-01-02", "2024-01-03", "2024-01-04", "2024-01-17"), Text("arch", "L", "L", "M", "L"));
        var result = Apply(frame, """
            - bucket: { column: created_at, by: week, as: week }
            - lump: { column: arch, top: 1 }
            - count: { by: [week, arch], as: models }
            - complete: { columns: [week, arch], every: week, fill: { models: 0 } }
            - percent: { column: models, within: [week], as: share }
            """);
        Assert.Equal(
        [
            "week=2023-12-31 | arch=L | models=2 | share=66.6667",
            "week=2023-12-31 | arch=Other | models=1 | share=33.3333",
            "week=2024-01-07 | arch=L | models=0 | share=null",
            "week=2024-01-07 | arch=Other | models=0 | share=null",
            "week=2024-01-14 | arch=L | models=1 | share=100",
            "week=2024-01-14 | arch=Other | models=0 | share=0",
        ], Rows(result));
    }
}
