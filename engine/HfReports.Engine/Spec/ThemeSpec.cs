namespace HfReports.Engine.Spec;

/// <summary>Fonts, sizes and page geometry set once for the whole report, figures included.</summary>
public sealed record ThemeSpec(
    string SerifFamily = "DejaVu Serif",
    string SansFamily = "DejaVu Sans",
    string MonoFamily = "DejaVu Sans Mono",
    float BodySize = 10f,
    string PageSize = "A4",
    float MarginMillimetres = 22f);
