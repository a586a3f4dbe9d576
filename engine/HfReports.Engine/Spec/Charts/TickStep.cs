using System.Globalization;

namespace HfReports.Engine.Spec.Charts;

/// <summary>The spacing of an axis's major ticks: a number on number axes ("5"), or a count of
/// calendar units on date axes ("month", "3 months", "week", "year", "day").</summary>
internal readonly record struct TickStep(double Count, TickUnit Unit)
{
    public static bool TryParse(string text, out TickStep step)
    {
        step = default;
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            step = new TickStep(number, TickUnit.Number);
            return number > 0;
        }
        var count = 1.0;
        if (parts.Length == 2 && !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out count)) return false;
        if (parts.Length is 0 or > 2 || count < 1 || count != Math.Floor(count)) return false;
        TickUnit? unit = parts[^1].ToLowerInvariant().TrimEnd('s') switch
        {
            "day" => TickUnit.Day,
            "week" => TickUnit.Week,
            "month" => TickUnit.Month,
            "quarter" => TickUnit.Quarter,
            "year" => TickUnit.Year,
            _ => null,
        };
        if (unit is null) return false;
        step = new TickStep(count, unit.Value);
        return true;
    }
}

internal enum TickUnit { Number, Day, Week, Month, Quarter, Year }
