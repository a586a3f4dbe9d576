namespace HfReports.Engine.Spec.Charts;

/// <summary>The statistic a chart's <c>smooth</c> draws over each series.</summary>
internal enum TrendMethod
{
    /// <summary>A LOESS smoother.</summary>
    Loess,

    /// <summary>A least-squares line.</summary>
    Linear,

    /// <summary>A trailing moving average.</summary>
    MovingAverage,
}
