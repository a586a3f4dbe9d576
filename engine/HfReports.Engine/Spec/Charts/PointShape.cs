namespace HfReports.Engine.Spec.Charts;

/// <summary>The marker a scatter chart draws (the <c>point_shape</c> key).</summary>
internal enum PointShape
{
    Circle,
    Square,
}
