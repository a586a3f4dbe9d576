using HfReports.Engine.Charts;
using HfReports.Engine.Rendering;
using HfReports.Engine.Spec;
using HfReports.Engine.Transform;

namespace HfReports.Engine.Build;

/// <summary>The engine's catalogs as the spec readers take them: the chart types, transforms, colours,
/// palettes and output formats later stages define, handed to the readers so that reading a spec depends on none of those stages.</summary>
internal static class EngineVocabulary
{
    public static readonly ColorVocabulary Colors = new(text => NamedColors.TryParse(text, out _), Palettes.Names.ToArray());

    public static readonly SpecVocabulary Spec = new(ChartCatalog.SpecNames, TransformCatalog.Readers, Colors);

    public static readonly ManifestVocabulary Manifest = new(ReportRenderers.Formats, Colors);
}
