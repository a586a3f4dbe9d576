namespace HfReports.Engine.Spec;

/// <summary>Fonts, sizes and page geometry set once for the whole report, figures included.</summary>
public sealed record ThemeSpec(
    string SerifFamily = "DejaVu Serif",
    string SansFamily = "DejaVu Sans",
    string MonoFamily = "DejaVu Sans Mono",
    float BodySize = 10f,
    PageSize PageSize = PageSize.A4,
    float MarginMillimetres = 22f)
{
    /// <summary>Colour maps for the report's categorical variables (model type, architecture, family...): each value's
    /// colour, in legend order. A chart's colour encoding names one with <c>colors:</c>, so every figure colouring by
    /// the variable shows a value in the same colour.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<KeyValuePair<string, string>>> Colors { get; init; } =
        new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>();
}
