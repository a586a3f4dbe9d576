using System.Text.Json;
using System.Text.Json.Serialization;
using HfReports.Engine.Spec;

namespace HfReports.Cli;

/// <summary>Diagnostics as JSON for editors and CI:
/// {"diagnostics":[{"severity","message","file","line","column","key","suggestion"}],"errors":n,"warnings":n}.</summary>
public static class DiagnosticJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Write(IReadOnlyList<Diagnostic> diagnostics)
    {
        var items = diagnostics.Select(d => new Item(
            d.Severity.ToString().ToLowerInvariant(), d.Message, d.Location?.File, d.Location?.Line, d.Location?.Column,
            string.IsNullOrEmpty(d.KeyPath) ? null : d.KeyPath, d.Suggestion)).ToArray();
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        return JsonSerializer.Serialize(new Document(items, errors, diagnostics.Count - errors), Options);
    }

    private sealed record Item(string Severity, string Message, string? File, int? Line, int? Column, string? Key, string? Suggestion);

    private sealed record Document(IReadOnlyList<Item> Diagnostics, int Errors, int Warnings);
}
