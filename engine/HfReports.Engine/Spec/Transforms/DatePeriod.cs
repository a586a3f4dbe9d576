namespace HfReports.Engine.Spec.Transforms;

/// <summary>A calendar period: what <c>bucket</c> floors dates to (<c>by</c>) and what <c>complete</c> steps a date
/// key by (<c>every</c>).</summary>
internal enum DatePeriod
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}
