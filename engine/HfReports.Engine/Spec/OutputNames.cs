using System.Text.RegularExpressions;

namespace HfReports.Engine.Spec;

/// <summary>
/// A report's id names its output files (`out/&lt;id&gt;.pdf`), so it must be a plain file name: letters,
/// digits, `.`, `_` and `-`, no separators, no `..`, no control characters, not a device name, and
/// unique within the manifest. Then no spec can write outside the output folder or over another report.
/// </summary>
internal static partial class OutputNames
{
    public const int MaxLength = 100;

    public static bool IsSafe(string id) =>
        id.Length <= MaxLength && SafeName().IsMatch(id) && !id.Contains("..", StringComparison.Ordinal) && !DeviceName().IsMatch(id);

    /// <returns>False (with a diagnostic on <paramref name="node"/>) when the id cannot name a file.</returns>
    public static bool Check(string id, SpecNode node, DiagnosticBag diagnostics)
    {
        if (IsSafe(id)) return true;
        diagnostics.Error($"the report id '{Printable(id)}' cannot name an output file", node.Location, node.KeyPath,
            $"use letters, digits, '.', '_' and '-' (at most {MaxLength} characters), for example: id: my-report");
        return false;
    }

    /// <summary>Two reports of one manifest with the same id would overwrite each other's outputs.</summary>
    public static void CheckUnique(IEnumerable<ReportSpec> reports, DiagnosticBag diagnostics)
    {
        foreach (var group in reports.GroupBy(r => r.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                diagnostics.Error($"two reports have the id '{duplicate.Id}'; their outputs would overwrite each other", duplicate.Location,
                    "report.id", $"the first is {group.First().Location}");
    }

    private static string Printable(string text) =>
        new(text.Take(MaxLength).Select(c => char.IsControl(c) ? '?' : c).ToArray());

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex SafeName();

    [GeneratedRegex(@"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeviceName();
}
