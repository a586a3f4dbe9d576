namespace HfReports.Engine.Charts.Types;

/// <summary>One kind of chart: declares its names and their traits, draws its marks from the frame and returns what it
/// drew (axes, titles, legend entries, labels). <see cref="ChartCatalog"/> lists every type.</summary>
internal interface IChartType
{
    /// <summary>The names this type answers to in a chart's <c>type</c> key, with their traits.</summary>
    IReadOnlyList<ChartName> Names { get; }

    DrawnPanel Draw(ChartContext context);
}
