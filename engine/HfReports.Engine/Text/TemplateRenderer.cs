using System.Globalization;
using HfReports.Engine.Spec;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HfReports.Engine.Text;

/// <summary>
/// Renders Scriban templates sandboxed: no includes (no template loader), bounded loops,
/// recursion and output, unknown variables are errors, invariant culture.
/// </summary>
public static class TemplateRenderer
{
    public const int LoopLimit = 100_000;
    public const int RecursionLimit = 64;
    public const int OutputLimit = 1_000_000;

    /// <param name="location">Where the template's text starts in the spec, for error positions.</param>
    public static string Render(string templateText, ScriptObject scope, SourceLocation location, string keyPath)
    {
        var template = Template.Parse(templateText, location.File);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            throw new TemplateException($"template error: {first.Message}", At(location, first.Span), keyPath);
        }
        var context = new TemplateContext
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            LimitToString = 10_000,
            OutputLimit = OutputLimit,
            TemplateLoader = null,
            MemberRenamer = member => member.Name,
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(scope);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException($"template error: {e.OriginalMessage}", At(location, e.Span), keyPath);
        }
    }

    /// <summary>Maps a position inside the template to the spec file; block scalars start on the line after their key.</summary>
    private static SourceLocation At(SourceLocation start, Scriban.Parsing.SourceSpan span) =>
        span.Start.Line <= 0
            ? start with { Column = start.Column + span.Start.Column }
            : start with { Line = start.Line + span.Start.Line + 1, Column = span.Start.Column + 1 };
}

/// <summary>A template failed to parse or render; carries the position in the spec.</summary>
public sealed class TemplateException(string message, SourceLocation location, string keyPath) : Exception(message)
{
    public SourceLocation Location { get; } = location;
    public string KeyPath { get; } = keyPath;
}
