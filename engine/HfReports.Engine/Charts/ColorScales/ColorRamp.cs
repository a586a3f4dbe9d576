namespace HfReports.Engine.Charts.ColorScales;

/// <summary>The colours a <see cref="ContinuousScale"/> runs through: viridis, the paper's date gradient, ggplot's
/// binned blue, or blue-white-red around zero (correlations).</summary>
internal enum ColorRamp
{
    Viridis,
    Date,
    Binned,
    Diverging,
}
