namespace HfReports.Engine.Charts.Types;

/// <summary>One kind of chart: draws its marks from the frame, records its axes and legend entries in the context.</summary>
public interface IChartType
{
    /// <summary>The names this type answers to in a chart's <c>type</c> key.</summary>
    IReadOnlyList<string> Names { get; }

    void Draw(ChartContext context);
}
