using System.Text.Json.Nodes;
using HfReports.Engine.Rendering;
using HfReports.Tests.Support;

namespace HfReports.Tests.Rendering;

/// <summary>The renderer catalog is the only list of output formats: the manifest schema, the renderers compiled
/// into the engine and the order outputs are listed in agree with it.</summary>
public sealed class ReportRenderersTests
{
    [Fact]
    public void The_manifest_schema_enumerates_exactly_the_catalogued_formats_in_order()
    {
        var schema = JsonNode.Parse(File.ReadAllText(RepositoryFiles.PathOf("reports/schema/manifest.schema.json")))!;
        var enumerated = schema["properties"]!["formats"]!["items"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>());
        Assert.Equal(enumerated, ReportRenderers.Formats);
    }

    [Fact]
    public void Every_renderer_in_the_engine_is_catalogued_once_with_its_own_extension()
    {
        var compiled = typeof(IReportRenderer).Assembly.GetTypes()
            .Where(t => typeof(IReportRenderer).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract).ToHashSet();
        Assert.Equal(compiled, ReportRenderers.All.Select(r => r.GetType()).ToHashSet());
        Assert.Equal(["pdf", "html"], ReportRenderers.Formats);
        Assert.Equal([".pdf", ".html"], ReportRenderers.All.Select(r => r.Extension));
    }

    [Fact]
    public void The_requested_formats_render_in_catalog_order_whatever_the_manifest_order()
    {
        Assert.Equal(["pdf", "html"], ReportRenderers.For(["html", "pdf"]).Select(r => r.Format));
        Assert.Equal(["html"], ReportRenderers.For(["html"]).Select(r => r.Format));
    }
}
