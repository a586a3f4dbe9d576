namespace HfReports.Engine.Spec.Transforms;

/// <summary>A calendar period: what <c>bucket</c> floors dates to (<c>by</c>) and what <c>complete</c> steps a date
/// key by (<c>every</c>).</summary>
public enum DatePeriod
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}
