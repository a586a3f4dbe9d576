using System.Globalization;

namespace HfReports.Engine.Text;

/// <summary>
/// Comparative words chosen from the numbers, so prose never says "falls" over a rise:
/// `{{ trend first last }}` is "rises", "falls" or "stays level"; `{{ compare a b "more than" "fewer than" "as many as" }}`
/// picks the first word when a &gt; b, the second when a &lt; b, the third when they are equal.
/// </summary>
internal static class Comparatives
{
    public static string Trend(object? from, object? to) => Compare(to, from, "rises", "falls", "stays level");

    public static string Compare(object? a, object? b, string above, string below, string equal)
    {
        var (x, y) = (Number(a), Number(b));
        if (x is null || y is null)
            throw new ArgumentException($"compare needs two numbers, found {Show(a)} and {Show(b)}");
        return x > y ? above : x < y ? below : equal;
    }

    private static double? Number(object? value) => value switch
    {
        null => null,
        string => null,
        bool => null,
        IConvertible convertible => convertible.ToDouble(CultureInfo.InvariantCulture),
        _ => null,
    };

    private static string Show(object? value) => value is null ? "nothing" : $"'{value}'";
}
