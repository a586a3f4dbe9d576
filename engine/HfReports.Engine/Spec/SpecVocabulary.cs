namespace HfReports.Engine.Spec;

/// <summary>What the spec reader accepts that later stages define: the chart types (with their default stacking)
/// the transforms (with the readers of their arguments) and the colours and palettes. The caller hands it in (the engine's is
/// <c>Build.EngineVocabulary.Spec</c>), so reading a spec depends on no later stage.</summary>
internal sealed record SpecVocabulary(ChartTypeNames ChartTypes, TransformReaders Transforms, ColorVocabulary Colors);
