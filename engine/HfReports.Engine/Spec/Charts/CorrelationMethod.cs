namespace HfReports.Engine.Spec.Charts;

/// <summary>The coefficient a correlation chart's cells show (the <c>method</c> key).</summary>
internal enum CorrelationMethod
{
    Pearson,

    /// <summary>Pearson's over the values' ranks.</summary>
    Spearman,
}
