using System.Globalization;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Charts;

namespace HfReports.Engine.Charts.Axes;

/// <summary>Calendar ticks for a date axis: every n days, weeks (starting Sunday, as R's week floor),
/// months, quarters or years, labelled with a .NET date format (strftime's %Y %m %d %b %B also work).</summary>
internal static class DateTicks
{
    public static IEnumerable<(double Position, string Label)> Generate(double min, double max, TickStep? step, string? format)
    {
        if (!(max > min)) yield break;
        var from = DateNumbers.FromNumber(min);
        var to = DateNumbers.FromNumber(max);
        var chosen = step is { Unit: not TickUnit.Number } s ? s : Automatic(to - from);
        var pattern = DotNetFormat(format) ?? DefaultFormat(chosen.Unit);
        var count = (int)chosen.Count;
        var tick = First(from, chosen.Unit, count);
        for (var guard = 0; tick <= to && guard < 2000; guard++)
        {
            if (tick >= from) yield return (DateNumbers.ToNumber(tick), tick.ToString(pattern, CultureInfo.InvariantCulture));
            if (Next(tick, chosen.Unit, count) is not { } next) yield break;
            tick = next;
        }
    }

    /// <summary>The tick after <paramref name="tick"/>; null past the end of the calendar (year 9999).</summary>
    private static DateTime? Next(DateTime tick, TickUnit unit, int count)
    {
        try
        {
            return unit switch
            {
                TickUnit.Day => tick.AddDays(count),
                TickUnit.Week => tick.AddDays(7 * count),
                TickUnit.Month => tick.AddMonths(count),
                TickUnit.Quarter => tick.AddMonths(3 * count),
                _ => tick.AddYears(count),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static TickStep Automatic(TimeSpan span) => span.TotalDays switch
    {
        <= 14 => new TickStep(1, TickUnit.Day),
        <= 70 => new TickStep(1, TickUnit.Week),
        <= 400 => new TickStep(1, TickUnit.Month),
        <= 1100 => new TickStep(3, TickUnit.Month),
        <= 2200 => new TickStep(6, TickUnit.Month),
        <= 4000 => new TickStep(1, TickUnit.Year),
        _ => new TickStep(5, TickUnit.Year),
    };

    /// <summary>The first tick at or before <paramref name="from"/>, aligned so that steps of n units fall on round dates.</summary>
    private static DateTime First(DateTime from, TickUnit unit, int count)
    {
        var day = from.Date;
        switch (unit)
        {
            case TickUnit.Day: return day;
            case TickUnit.Week: return day.AddDays(-Math.Min((int)day.DayOfWeek, (day - DateTime.MinValue).Days));
            case TickUnit.Year: return new DateTime(Math.Max(1, from.Year - from.Year % count), 1, 1, 0, 0, 0, DateTimeKind.Utc);
            default:
                var months = unit == TickUnit.Quarter ? 3 * count : count;
                var index = from.Year * 12 + from.Month - 1;
                index = Math.Max(12, index - index % months); // year 1 at the earliest
                return new DateTime(index / 12, index % 12 + 1, 1, 0, 0, 0, DateTimeKind.Utc);
        }
    }

    private static string DefaultFormat(TickUnit unit) => unit switch
    {
        TickUnit.Day or TickUnit.Week => "yyyy-MM-dd",
        TickUnit.Year => "yyyy",
        _ => "MMM yyyy",
    };

    /// <summary>Accepts strftime-style formats as R users write them ('%b %Y') and .NET formats as they are.</summary>
    public static string? DotNetFormat(string? format) => format?.Contains('%') == true
        ? format.Replace("%Y", "yyyy").Replace("%y", "yy").Replace("%m", "MM").Replace("%d", "dd")
            .Replace("%B", "MMMM").Replace("%b", "MMM").Replace("%H", "HH").Replace("%M", "mm")
        : format;
}
