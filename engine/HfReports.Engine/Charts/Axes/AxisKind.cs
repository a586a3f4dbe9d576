namespace HfReports.Engine.Charts.Axes;

/// <summary>What an axis positions: numbers, dates (as OLE automation days) or named categories (at 0, 1, 2, ...).</summary>
internal enum AxisKind
{
    Number,
    Date,
    Category,
}
