namespace HfReports.Engine.Spec.Charts;

/// <summary>The label encoding's <c>at</c>: which points of each series carry a label.</summary>
internal enum LabelAt
{
    /// <summary>Every point.</summary>
    All,

    /// <summary>Each series' last point (a line's end).</summary>
    Last,

    /// <summary>Each series' highest point.</summary>
    Max,
}
