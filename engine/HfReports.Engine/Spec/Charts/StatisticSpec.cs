namespace HfReports.Engine.Spec.Charts;

/// <summary>A statistic drawn over a chart's points, one curve per series: a LOESS smoother,
/// a least-squares line or a trailing moving average.</summary>
/// <param name="Span">LOESS: the fraction of points in each local fit (0 &lt; span ≤ 1).</param>
/// <param name="Window">Moving average: the number of points averaged.</param>
/// <param name="Points">How many x positions the curve is evaluated at (LOESS and linear).</param>
/// <param name="MinPoints">A series with fewer points gets no curve: a local fit through a handful of points draws
/// jumps that are artefacts of the fit, not of the data.</param>
internal sealed record StatisticSpec(
    TrendMethod Method,
    double Span,
    int Window,
    int Points,
    int MinPoints,
    double? LineWidth,
    bool Dash,
    string? Color,
    SourceLocation Location,
    string KeyPath);
