using HfReports.Engine.Spec;
using HfReports.Engine.Transform;

namespace HfReports.Tests.Transform;

/// <summary>The transform catalog is the only list of transforms: every spec record has a definition, each name is
/// defined once, and the reader lists them in the order the DSL documents (the schema comparison is in SpecSchemaTests).</summary>
public sealed class TransformCatalogTests
{
    [Fact]
    public void Every_transform_record_in_the_engine_has_a_definition()
    {
        var records = typeof(TransformSpec).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(TransformSpec)) && !t.IsAbstract).ToHashSet();
        Assert.Equal(records, TransformCatalog.All.Select(t => t.Step).ToHashSet());
        Assert.Equal(TransformCatalog.All.Count, TransformCatalog.All.Select(t => t.Name).Distinct().Count());
    }

    [Fact]
    public void The_reader_lists_the_transforms_in_the_documented_order()
    {
        Assert.Equal(
            ["bucket", "lump", "count", "sum", "mean", "median", "quantile", "sd", "min", "max", "summarize", "mutate",
             "cumulative", "percent", "complete", "pivot", "top", "sort", "filter", "rename", "select"],
            TransformCatalog.Readers.Names);
    }

    [Fact]
    public void A_step_read_through_the_catalog_is_applied_by_its_own_definition()
    {
        var frame = Support.Frames.Of(Support.Frames.Text("kind", "a", "b", "a"), Support.Frames.Real("x", 1, 2, 4));
        var counted = TransformPipeline.Apply(frame, Support.Frames.Steps("- count: { by: [kind] }\n- rename: { n: rows }"));
        Assert.Equal(["kind=a | rows=2", "kind=b | rows=1"], Support.Frames.Rows(counted));
        var summed = TransformPipeline.Apply(frame, Support.Frames.Steps("- sum: { column: x, by: [kind] }"));
        Assert.Equal(["kind=a | x=5", "kind=b | x=2"], Support.Frames.Rows(summed));
    }
}
