using HfReports.Engine.Spec;

namespace HfReports.Engine.Evaluation;

/// <summary>A report's parameters: the defaults its spec declares, overridden from the command line. An override
/// takes the type of the default, so `--param top=abc` against `top: 10` is an error rather than a silent text.
/// The values are bound as SQL parameters (:name), never spliced into SQL text.</summary>
internal static class ReportParameters
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
            var type = report.ParameterTypes.TryGetValue(key, out var declared) ? declared : ParameterType.Of(defaultValue);
            if (ParameterType.TryCoerce(value, type, out var coerced))
                parameters[key] = coerced;
            else
                diagnostics.Error(defaultValue is null
                        ? $"--param '{key}': '{value}' is not {ParameterType.Describe(type)}, the declared type of '{key}'"
                        : $"--param '{key}': '{value}' is not {ParameterType.Describe(type)} like the default ({defaultValue})",
                    report.Location, $"report.parameters.{key}");
        }
        return parameters;
    }
}
