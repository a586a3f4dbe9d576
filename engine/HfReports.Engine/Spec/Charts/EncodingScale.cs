namespace HfReports.Engine.Spec.Charts;

/// <summary>An encoding's <c>scale</c>: how an axis maps numbers (linear, log) or how the colour channel maps values
/// (categorical series, or a continuous viridis, date or binned ramp).</summary>
internal enum EncodingScale
{
    Linear,
    Log,
    Categorical,
    Viridis,
    Date,
    Binned,
}
