using System.Globalization;
using HfReports.Engine.Frames;

namespace HfReports.Engine.Expressions;

/// <summary>The functions an expression may call: a fixed list, each a pure function of its values.
/// Null in gives null out, except for coalesce and if, which exist to handle nulls.</summary>
internal static class ExpressionFunctions
{
    public static readonly IReadOnlyDictionary<string, (int Min, int Max)> Arity = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["round"] = (1, 2),
        ["floor"] = (1, 1),
        ["ceil"] = (1, 1),
        ["abs"] = (1, 1),
        ["coalesce"] = (1, 16),
        ["if"] = (3, 3),
        ["str"] = (1, 1),
        ["lower"] = (1, 1),
        ["upper"] = (1, 1),
        ["year"] = (1, 1),
        ["month"] = (1, 1),
    };

    public static string DescribeArity((int Min, int Max) arity) =>
        arity.Min == arity.Max ? $"{arity.Min} argument{(arity.Min == 1 ? "" : "s")}" : $"{arity.Min} to {arity.Max} arguments";

    public static string Example(string function) => function switch
    {
        "round" => "round(average, 1)",
        "coalesce" => "coalesce(license, 'unknown')",
        "if" => "if(params_b >= 70, 'large', 'small')",
        _ => $"{function}(column)",
    };

    /// <summary>Applies a function other than if/coalesce (which the evaluator handles lazily) to evaluated arguments.</summary>
    public static object? Call(string function, object?[] args, int offset)
    {
        if (args.Length > 0 && args[0] is null) return null;
        switch (function)
        {
            case "round":
                {
                    var x = Number(function, args[0], offset);
                    if (args.Length == 1) return ToInteger(Math.Round(x, MidpointRounding.AwayFromZero), offset);
                    if (args[1] is not long digits || digits is < 0 or > 15)
                        throw new ExpressionException("round's second argument is a whole number of digits from 0 to 15", offset);
                    return Math.Round(x, (int)digits, MidpointRounding.AwayFromZero);
                }
            case "floor": return args[0] is long ? args[0] : ToInteger(Math.Floor(Number(function, args[0], offset)), offset);
            case "ceil": return args[0] is long ? args[0] : ToInteger(Math.Ceiling(Number(function, args[0], offset)), offset);
            case "abs": return args[0] is long l ? (l == long.MinValue ? throw new ExpressionException("abs overflows", offset) : Math.Abs(l)) : Math.Abs(Number(function, args[0], offset));
            case "str": return Text(args[0]);
            case "lower": return Text(args[0]).ToLowerInvariant();
            case "upper": return Text(args[0]).ToUpperInvariant();
            case "year": return (long)Date(function, args[0], offset).Year;
            case "month": return (long)Date(function, args[0], offset).Month;
            default: throw new ExpressionException($"unknown function '{function}'", offset);
        }
    }

    /// <summary>How a value becomes text in str() and in concatenation: numbers in invariant culture, dates as yyyy-MM-dd.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime d => ValueParsing.FormatDate(d),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public static double Number(string what, object? value, int offset) => value switch
    {
        long l => l,
        double d => d,
        _ => throw new ExpressionException($"{what} needs a number, got {ExpressionEvaluator.Describe(value)}", offset),
    };

    private static DateTime Date(string what, object? value, int offset) => value switch
    {
        DateTime d => d,
        string s when ValueParsing.TryParseDate(s, out var parsed) => parsed,
        _ => throw new ExpressionException($"{what} needs a date, got {ExpressionEvaluator.Describe(value)}", offset),
    };

    private static object ToInteger(double value, int offset) =>
        value is >= -9.2e18 and <= 9.2e18 ? (long)value : throw new ExpressionException($"{value.ToString("R", CultureInfo.InvariantCulture)} is too large for a whole number", offset);
}
