using System.Globalization;
using HfReports.Engine.Spec;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HfReports.Engine.Text;

/// <summary>
/// Renders Scriban templates sandboxed: includes only from the report's templates folder (or none),
/// bounded loops, recursion, output and regular-expression time, unknown variables are errors,
/// invariant culture. Scriban itself has no file or network functions, and templates see only
/// script objects and plain values (<see cref="TemplateScope"/>). Every failure is a
/// <see cref="TemplateException"/> at a spec (or template file) position.
/// </summary>
internal static class TemplateRenderer
{
    public const int LoopLimit = 100_000;
    public const int RecursionLimit = 64;
    public const int OutputLimit = 1_000_000;
    public static readonly TimeSpan RegexTimeout = TimeSpan.FromSeconds(1);

    /// <summary>A backstop for anything the counters above miss; a render this long is a hang.</summary>
    public static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(60);

    /// <param name="location">Where the template's text starts in the spec, for error positions.</param>
    /// <param name="missing">Receives each read of a column a frame row lacks (rendered as a visible placeholder, never
    /// as an empty string); null: such a read is an error.</param>
    /// <param name="cancellation">The build's: a cancelled build stops a running template at once (an
    /// <see cref="OperationCanceledException"/>, not a template error).</param>
    public static string Render(string templateText, ScriptObject scope, SourceLocation location, string keyPath,
        List<MissingValue>? missing = null, CancellationToken cancellation = default)
    {
        var template = Template.Parse(templateText, location.File);
        var templates = (scope as TemplateGlobals)?.Templates;
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
            throw new TemplateException($"template error: {first.Message}", At(location, first.Span, templates), keyPath);
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(RenderTimeout);
        var context = new FrameTemplateContext
        {
            StrictVariables = true,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            LimitToString = 10_000,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            RegexTimeOut = RegexTimeout,
            TemplateLoader = templates,
            MemberRenamer = member => member.Name,
            CancellationToken = deadline.Token,
        };
        DeterministicBuiltins.Apply(context.BuiltinObject);
        context.TryGetMember = (TemplateContext _, Scriban.Parsing.SourceSpan span, object target, string member, out object? value) =>
        {
            value = null!;
            var at = At(location, span, templates);
            var problem = target switch
            {
                FrameRow row => MissingValue.Column(member, row.Columns, at, keyPath),
                MissingRow row => MissingValue.Row(row, member, at, keyPath),
                _ => null,
            };
            if (problem is null) return false;
            if (missing is null) throw new TemplateException(problem.Message, problem.Location, keyPath);
            missing.Add(problem);
            value = problem.Placeholder;
            return true;
        };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(scope);
        try
        {
            return template.Render(context);
        }
        catch (ScriptAbortException)
        {
            cancellation.ThrowIfCancellationRequested();
            throw new TemplateException($"template error: rendering took longer than {RenderTimeout.TotalSeconds:0} s", location, keyPath);
        }
        catch (ScriptParserRuntimeException e) when (e.ParserMessages.FirstOrDefault(m => m.Type == Scriban.Parsing.ParserMessageType.Error) is { } first)
        {
            // An included template that does not parse: the error is in that file, at its position there (Scriban's own
            // message names only the file, by its full path, at the include).
            throw new TemplateException($"template error: {first.Message}", At(location, first.Span, templates), keyPath);
        }
        catch (ScriptRuntimeException e)
        {
            throw new TemplateException($"template error: {e.OriginalMessage}", At(location, e.Span, templates), keyPath);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not TemplateException and not OperationCanceledException)
        {
            // Scriban lets some failures of built-in functions through unwrapped (a bad format string, a regex timeout).
            throw new TemplateException($"template error: {e.Message}", At(location, context.CurrentNode?.Span ?? default, templates), keyPath);
        }
    }

    /// <summary>Maps a position inside the template to the spec file, counting from where the template's text
    /// begins (<see cref="Spec.SpecNode.ContentStart"/>: for a | block, the line after the key), or to the included
    /// template file the position is in.</summary>
    internal static SourceLocation At(SourceLocation start, Scriban.Parsing.SourceSpan span, TemplateFolder? templates)
    {
        if (templates is not null && templates.Holds(span.FileName))
            return new SourceLocation(templates.Display(span.FileName), span.Start.Line + 1, span.Start.Column + 1);
        // A template spans several lines only as a | block, whose every line YAML stripped of the same indentation.
        return start with { Line = start.Line + Math.Max(0, span.Start.Line), Column = start.Column + span.Start.Column };
    }
}

/// <summary>Indexes a frame's rows through <see cref="FrameRowsAccessor"/>, so a row past the end is a visible gap: false
/// in a condition, a placeholder when printed.</summary>
internal sealed class FrameTemplateContext : TemplateContext
{
    protected override IListAccessor? GetListAccessorImpl(object target, Type type) =>
        target is FrameRows ? FrameRowsAccessor.Instance : base.GetListAccessorImpl(target, type);

    public override bool ToBool(Scriban.Parsing.SourceSpan span, object? value) => value is not MissingRow && base.ToBool(span, value);

    public override string ObjectToString(object? value, bool nested = false) =>
        value is MissingRow row ? row.Placeholder : base.ObjectToString(value, nested)!;
}

/// <summary>A template read a value the data lacks (a column its frame row does not have, or a row past the end of its
/// frame): where, what it shows instead, and the nearest column name when one fits.</summary>
internal sealed record MissingValue(string Placeholder, string Message, string? Suggestion, SourceLocation Location, string KeyPath)
{
    /// <summary>A column the row lacks. The placeholder is visible, so a reader sees a gap rather than a false sentence.</summary>
    public static MissingValue Column(string column, IReadOnlyList<string> columns, SourceLocation location, string keyPath) =>
        new($"[missing: {column}]", $"template reads column '{column}', which the frame row lacks (it has: {string.Join(", ", columns)})",
            Suggestions.DidYouMean(column, columns), location, keyPath);

    /// <summary>A column of a row past the end of its frame (an empty result, or an index beyond the last row).</summary>
    public static MissingValue Row(MissingRow row, string column, SourceLocation location, string keyPath)
    {
        var rows = row.RowCount switch { 0 => "no rows", 1 => "1 row (index 0)", var n => $"{n} rows (index 0 to {n - 1})" };
        return new($"[missing: {row.Frame}[{row.Index}].{column}]",
            $"template reads row {row.Index} of frame '{row.Frame}', which has {rows}",
            $"test the frame's size first: {{{{ if {(row.Frame == "data" ? "data" : "frames." + row.Frame)}.size > {row.Index} }}}} ... {{{{ end }}}}",
            location, keyPath);
    }
}

/// <summary>A template failed to parse or render; carries the position in the spec.</summary>
internal sealed class TemplateException(string message, SourceLocation location, string keyPath) : Exception(message)
{
    public SourceLocation Location { get; } = location;
    public string KeyPath { get; } = keyPath;
}
