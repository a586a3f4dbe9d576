using HfReports.Engine.Spec;

namespace HfReports.Cli;

/// <summary>Parses `--param name=value` arguments; values are typed the way YAML types a plain scalar.</summary>
public static class ParameterArguments
{
    public static bool TryParse(IEnumerable<string> arguments, out Dictionary<string, object?> parameters, out string? error)
    {
        parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        error = null;
        foreach (var argument in arguments)
        {
            var equals = argument.IndexOf('=');
            if (equals <= 0)
            {
                error = $"--param expects name=value, got '{argument}'";
                return false;
            }
            var value = argument[(equals + 1)..];
            parameters[argument[..equals]] = ParameterType.ParseArgument(argument[..equals], value);
        }
        return true;
    }
}
