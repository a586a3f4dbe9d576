namespace HfReports.Engine.Spec;

/// <summary>Where a chart's legend goes (the <c>legend</c> key).</summary>
internal enum LegendPosition
{
    Bottom,
    Top,
    Right,

    /// <summary>In the plot's upper right corner.</summary>
    Inside,

    /// <summary>No legend: each line's name stands at its end.</summary>
    Direct,

    None,
}
