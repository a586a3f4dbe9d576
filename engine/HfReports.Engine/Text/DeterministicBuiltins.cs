using System.Diagnostics.CodeAnalysis;
using Scriban.Runtime;

namespace HfReports.Engine.Text;

/// <summary>
/// Scriban's built-in functions whose answer changes from one build to the next (the clock, random numbers,
/// UUIDs) are replaced by functions that fail with a template error, so two builds of the same inputs write the
/// same bytes. Prose that needs a date takes the snapshot's (`snapshot.created_at`).
/// </summary>
internal static class DeterministicBuiltins
{
    private static readonly (string Object, string Function, string Instead)[] Refused =
    [
        ("date", "now", "snapshot.created_at (the snapshot's date) or a report parameter"),
        ("math", "random", "a value from the data"),
        ("math", "uuid", "a value from the data"),
    ];

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmingNotes.ScribanDelegates)]
    public static void Apply(ScriptObject builtins)
    {
        foreach (var (objectName, function, instead) in Refused)
        {
            if (builtins[objectName] is not ScriptObject functions) continue;
            var message = $"{objectName}.{function} is not available: a report's output must not change from one build to the next; use {instead}";
            functions.Remove(function);
            functions.Import(function, function == "random"
                ? new Func<object?, object?, object>((_, _) => throw new ArgumentException(message))
                : new Func<object>(() => throw new ArgumentException(message)));
        }
    }
}
