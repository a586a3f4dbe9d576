namespace HfReports.Engine.Spec.Charts;

/// <summary>The colour encoding's <c>order</c> when it names a rule rather than listing values: how the series are
/// sorted.</summary>
internal enum OrderRule
{
    /// <summary>By the values' names.</summary>
    Name,

    /// <summary>Most rows first.</summary>
    Frequency,

    /// <summary>Largest total of the value axis first.</summary>
    Value,
}
