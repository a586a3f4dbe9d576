namespace HfReports.Engine.Spec.Charts;

/// <summary>How a line chart joins its points (the <c>line_shape</c> key).</summary>
internal enum LineShape
{
    /// <summary>Straight between points.</summary>
    Linear,

    /// <summary>Each value held until the next x (ggplot's geom_step).</summary>
    Step,
}
