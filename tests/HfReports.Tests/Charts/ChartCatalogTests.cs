using System.Text.Json.Nodes;
using HfReports.Engine.Charts;
using HfReports.Engine.Charts.Types;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.Charts;

/// <summary>The chart catalog is the only list of chart types: the JSON Schema's enum, the types compiled into the
/// engine and the traits other code used to test by name all agree with it.</summary>
public sealed class ChartCatalogTests
{
    [Fact]
    public void The_report_schema_enumerates_exactly_the_catalogued_chart_types_in_order()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("reports/schema/report.schema.json")))!;
        var enumerated = schema["$defs"]!["chart"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(enumerated, ChartCatalog.AllNames);
    }

    [Fact]
    public void Every_chart_type_in_the_engine_is_catalogued_once()
    {
        var compiled = typeof(IChartType).Assembly.GetTypes()
            .Where(t => typeof(IChartType).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract).ToHashSet();
        Assert.Equal(compiled, ChartCatalog.Types.Select(t => t.GetType()).ToHashSet());
        Assert.Equal(ChartCatalog.Types.Count, compiled.Count);
        Assert.Equal(ChartCatalog.AllNames.Count, ChartCatalog.AllNames.Distinct().Count());
    }

    [Theory]
    // The traits the builder and the spec reader tested by name before each type declared them (ggplot's defaults:
    // bars, areas and histograms stack; bars, areas and densities measure from zero; bar-end labels need room).
    [InlineData("column", "stacked", true, true)]
    [InlineData("bar", "stacked", true, true)]
    [InlineData("area", "stacked", true, false)]
    [InlineData("histogram", "stacked", true, false)]
    [InlineData("density", "none", true, false)]
    [InlineData("lollipop", "none", true, true)]
    [InlineData("segment", "none", false, false)]
    [InlineData("line", "none", false, false)]
    [InlineData("scatter", "none", false, false)]
    [InlineData("heatmap", "none", false, false)]
    [InlineData("correlation", "none", false, false)]
    [InlineData("boxplot", "none", false, false)]
    [InlineData("violin", "none", false, false)]
    public void Each_name_declares_its_traits(string name, string defaultStack, bool zeroBased, bool labelHeadroom)
    {
        Assert.True(ChartCatalog.TryFind(name, out _, out var traits));
        Assert.Equal((defaultStack, zeroBased, labelHeadroom), (SpecWords.Word(traits.DefaultStack), traits.ZeroBasedValues, traits.LabelHeadroom));
        Assert.Equal(defaultStack, SpecWords.Word(ChartCatalog.SpecNames.DefaultStack(name)));
    }
}
