using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HfReports.Engine.Spec;

/// <summary>
/// The declared type of a report parameter. A plain default gives the type (`since: 2023-01-01` is a date, `top: 10`
/// an integer); `{ default, type }` declares it, also for a null default ("derived from the data"). A command-line
/// override must be of that type: `--param since=yesterday` against a date is an error, never a text printed in a caption.
/// </summary>
public static partial class ParameterType
{
    public const string Date = "date", Integer = "integer", Number = "number", Text = "text", Boolean = "boolean";

    internal static readonly string[] Names = [Date, Integer, Number, Text, Boolean];

    internal static string Of(object? value) => value switch
    {
        long => Integer,
        double => Number,
        bool => Boolean,
        string text when IsDate(text) => Date,
        _ => Text,
    };

    /// <summary>A command-line value (`--param name=text`), typed the way YAML types a plain scalar.</summary>
    public static object? ParseArgument(string name, string text) =>
        new SpecNode(new YamlScalarNode(text) { Style = ScalarStyle.Plain }, "--param", name).ScalarValue();

    /// <summary>YYYY-MM-DD naming a real day, as SQL compares it with the snapshot's ISO dates.</summary>
    public static bool IsDate(string text) =>
        IsoDate().IsMatch(text) && DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <returns>The value in the type, or false when it cannot take it.</returns>
    internal static bool TryCoerce(object? value, string type, out object? result)
    {
        result = null;
        if (value is null) return true;
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        switch (type)
        {
            case Date when IsDate(text.Trim()):
                result = text.Trim();
                return true;
            case Integer when value is long || long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _):
                result = value as long? ?? long.Parse(text, CultureInfo.InvariantCulture);
                return true;
            case Number when value is long or double || double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _):
                result = Convert.ToDouble(value is string ? double.Parse(text, CultureInfo.InvariantCulture) : value, CultureInfo.InvariantCulture);
                return true;
            case Boolean when value is bool || bool.TryParse(text, out _):
                result = value as bool? ?? bool.Parse(text);
                return true;
            case Text:
                result = text;
                return true;
            default:
                return false;
        }
    }

    internal static string Describe(string type) => type switch
    {
        Date => "a date (YYYY-MM-DD)",
        Integer => "a whole number",
        Number => "a number",
        Boolean => "true or false",
        _ => "a text",
    };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDate();
}
