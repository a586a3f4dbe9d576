using HfReports.Engine.Charts;
using HfReports.Engine.Spec;
using HfReports.Engine.Transform;

namespace HfReports.Engine.Build;

/// <summary>The engine's catalogs as the spec readers take them: the chart types, and transforms later stages
/// define, handed to the readers so that reading a spec depends on none of those stages.</summary>
public static class EngineVocabulary
{
    public static readonly SpecVocabulary Spec = new(ChartCatalog.SpecNames, TransformCatalog.Readers);
}
