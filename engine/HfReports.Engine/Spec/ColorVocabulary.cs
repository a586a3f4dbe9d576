namespace HfReports.Engine.Spec;

/// <summary>The colours and palettes a spec may name. The drawing code knows them (colour names follow R's table with
/// CSS as fallback, palettes are ScottPlot's); it hands this in, so reading a spec does not depend on drawing one.</summary>
/// <param name="IsColor">Whether a text names a colour or is a hex code.</param>
/// <param name="Palettes">The palette names, in the order an error message lists them.</param>
internal sealed record ColorVocabulary(Func<string, bool> IsColor, IReadOnlyList<string> Palettes);
