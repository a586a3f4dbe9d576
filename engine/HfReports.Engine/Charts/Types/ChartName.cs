using HfReports.Engine.Spec;

namespace HfReports.Engine.Charts.Types;

/// <summary>One name a chart type answers to in a chart's <c>type</c> key, with the traits the rest of the engine
/// asks of it (instead of testing the name).</summary>
internal sealed record ChartName(string Name)
{
    /// <summary>How series stack when the chart declares no <c>stack</c>: bars and areas stack (as ggplot's
    /// position_stack), lines and points overlap.</summary>
    public StackMode DefaultStack { get; init; } = StackMode.None;

    /// <summary>Whether the value axis starts at zero when no value is negative (the mark measures from zero).</summary>
    public bool ZeroBasedValues { get; init; }

    /// <summary>Whether value labels stand beyond the mark ends and need room inside the plot area.</summary>
    public bool LabelHeadroom { get; init; }
}
