using System.Globalization;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Build;

/// <summary>A report's parameters: the defaults its spec declares, overridden from the command line. An override
/// takes the type of the default, so `--param top=abc` against `top: 10` is an error rather than a silent text.
/// The values are bound as SQL parameters (:name), never spliced into SQL text.</summary>
public static class ReportParameters
{
    public static Dictionary<string, object?> Bind(ReportSpec report, IReadOnlyDictionary<string, object?> overrides, DiagnosticBag diagnostics)
    {
        var parameters = new Dictionary<string, object?>(report.Parameters, StringComparer.Ordinal);
        foreach (var (key, value) in overrides)
        {
            if (!parameters.TryGetValue(key, out var defaultValue))
            {
                diagnostics.Error($"--param '{key}': the report '{report.Id}' has no such parameter", report.Location, "report.parameters",
                    Suggestions.DidYouMean(key, parameters.Keys) ?? (parameters.Count == 0 ? "the report declares no parameters"
                        : $"its parameters: {string.Join(", ", parameters.Keys)}"));
                continue;
            }
            if (Coerce(value, defaultValue) is { } coerced)
                parameters[key] = coerced.Value;
            else
                diagnostics.Error($"--param '{key}': '{value}' is not {Kind(defaultValue)} like the default ({defaultValue})", report.Location, $"report.parameters.{key}");
        }
        return parameters;
    }

    /// <returns>The override in the default's type, or null when it cannot take that type.</returns>
    private static Box? Coerce(object? value, object? defaultValue) => (defaultValue, value) switch
    {
        (null, _) => new Box(value),
        (string, _) => new Box(Convert.ToString(value, CultureInfo.InvariantCulture)),
        (long, long) => new Box(value),
        (double, long or double) => new Box(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        (bool, bool) => new Box(value),
        _ => null,
    };

    private static string Kind(object? value) => value switch
    {
        long => "a whole number",
        double => "a number",
        bool => "true or false",
        _ => "a value",
    };

    private sealed record Box(object? Value);
}
