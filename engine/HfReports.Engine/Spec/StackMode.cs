namespace HfReports.Engine.Spec;

/// <summary>How a chart's colour series share an x position (the <c>stack</c> key).</summary>
internal enum StackMode
{
    /// <summary>Series overlap, each from zero.</summary>
    None,

    /// <summary>Bars of the series stand side by side.</summary>
    Grouped,

    /// <summary>Each series sits on the ones before it.</summary>
    Stacked,

    /// <summary>Stacked, as shares of each position's total (0 to 1).</summary>
    Percent,
}
