namespace HfReports.Engine.Spec.Charts;

/// <summary>An encoding's declared <c>type</c>: what its axis positions, whatever the column holds. Without one the
/// column's own type decides.</summary>
internal enum AxisType
{
    Number,
    Date,
    Category,
}
