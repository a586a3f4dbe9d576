using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using Scriban;
using Scriban.Syntax;

namespace HfReports.Engine.Text;

/// <summary>
/// `check` walks a template's syntax tree (as Scriban parses it) and resolves every read of a frame's column against the
/// frame's columns, whether or not the branch holding it runs on this snapshot: `frames.X[i].col`, `frames.X[i]["col"]`,
/// a row taken through a pipe or a function (`(frames.X | array.last).col`, `(array.first frames.X).col`), the variable
/// of a `for` over a frame (`for t in frames.X` ... `t.col`), a column named to `array.map` or `array.sort`, and the
/// block's own `data`. A misspelt column, or an unknown frame, is an error at its file:line:column with the nearest name,
/// before it can print "Most models are small: % of ...".
/// </summary>
internal static class TemplateFrameReferences
{
    /// <summary>Functions that return one row of the array they are given.</summary>
    private static readonly HashSet<string> RowFunctions = ["array.first", "array.last"];

    /// <summary>Functions that return rows of the array they are given (so its columns still apply).</summary>
    private static readonly HashSet<string> RowsFunctions =
        ["array.sort", "array.limit", "array.offset", "array.reverse", "array.uniq", "array.compact", "array.cycle"];

    /// <summary>Functions whose second argument names a column of the rows they are given.</summary>
    private static readonly HashSet<string> ColumnFunctions = ["array.map", "array.sort"];

    /// <param name="frames">The report's frames that could be computed.</param>
    /// <param name="declared">Every frame the report declares: one that failed to compute is reported already, not as unknown.</param>
    /// <param name="data">The frame of the figure or table being captioned (`data` in its templates), if any.</param>
    /// <returns>The locations reported, so a render of the same template does not report them twice.</returns>
    public static HashSet<SourceLocation> Check(string template, SourceLocation start, string keyPath, IReadOnlyDictionary<string, Frame> frames,
        IReadOnlySet<string> declared, DiagnosticBag diagnostics, Frame? data = null)
    {
        var reported = new HashSet<SourceLocation>();
        var parsed = Template.Parse(template, start.File);
        if (parsed.HasErrors || parsed.Page is null) return reported; // the render reports the syntax error
        var walk = new Walk(frames, declared, data, start, keyPath, diagnostics, reported);
        walk.Visit(parsed.Page, new Dictionary<string, string>());
        return reported;
    }

    private sealed class Walk(IReadOnlyDictionary<string, Frame> frames, IReadOnlySet<string> declared, Frame? data, SourceLocation start, string keyPath,
        DiagnosticBag diagnostics, HashSet<SourceLocation> reported)
    {
        /// <param name="loopRows">The variables of the enclosing `for` loops that hold a frame's rows, by name.</param>
        public void Visit(ScriptNode node, Dictionary<string, string> loopRows)
        {
            switch (node)
            {
                case ScriptForStatement loop when FrameOf(loop.Iterator, loopRows) is { } frame && loop.Variable is ScriptVariable variable:
                    Visit(loop.Iterator!, loopRows);
                    foreach (var argument in loop.NamedArguments ?? []) Visit(argument, loopRows);
                    Visit(loop.Body!, new Dictionary<string, string>(loopRows) { [variable.Name] = frame });
                    if (loop.Else is not null) Visit(loop.Else, loopRows);
                    return;
                case ScriptMemberExpression { Member: { } member } read when RowOf(read.Target, loopRows) is { } frame:
                    Column(frame, member.Name, member.Span);
                    break;
                case ScriptIndexerExpression { Index: ScriptLiteral { Value: string column } } read when RowOf(read.Target, loopRows) is { } frame:
                    Column(frame, column, read.Index.Span);
                    break;
                case ScriptMemberExpression { Target: ScriptVariable { Name: "frames" }, Member: { } member } read:
                    Frame(member.Name, read.Span);
                    break;
                case ScriptIndexerExpression { Target: ScriptVariable { Name: "frames" }, Index: ScriptLiteral { Value: string name } } read:
                    Frame(name, read.Span);
                    break;
                case ScriptFunctionCall call when ColumnFunctions.Contains(Name(call.Target)) && call.Arguments.Count >= 2
                                                  && FrameOf(call.Arguments[0], loopRows) is { } frame
                                                  && call.Arguments[1] is ScriptLiteral { Value: string column }:
                    Column(frame, column, call.Arguments[1].Span);
                    break;
                case ScriptPipeCall pipe when pipe.Parent is not ScriptPipeCall:
                    Pipe(Stages(pipe), loopRows);
                    break;
            }
            foreach (var child in node.Children)
                if (child is not null) Visit(child, loopRows);
        }

        /// <summary>The frame whose rows an expression gives: `frames.X`, `data`, or those piped through a function that
        /// keeps rows (`frames.X | array.limit 3`).</summary>
        private string? FrameOf(ScriptExpression? expression, Dictionary<string, string> loopRows) => expression switch
        {
            ScriptMemberExpression { Target: ScriptVariable { Name: "frames" }, Member: { } member } when frames.ContainsKey(member.Name) => member.Name,
            ScriptIndexerExpression { Target: ScriptVariable { Name: "frames" }, Index: ScriptLiteral { Value: string name } } when frames.ContainsKey(name) => name,
            ScriptVariable { Name: "data" } when data is not null => "data",
            ScriptNestedExpression nested => FrameOf(nested.Expression, loopRows),
            ScriptPipeCall pipe => Through(Stages(pipe), loopRows) is (var frame, false) ? frame : null,
            ScriptFunctionCall call when RowsFunctions.Contains(Name(call.Target)) && call.Arguments.Count > 0 => FrameOf(call.Arguments[0], loopRows),
            _ => null,
        };

        /// <summary>The frame one row of which an expression gives: `frames.X[i]`, `(frames.X | array.last)`,
        /// `array.first frames.X`, or the variable of a `for` over a frame.</summary>
        private string? RowOf(ScriptExpression? expression, Dictionary<string, string> loopRows) => expression switch
        {
            ScriptIndexerExpression { Index: not ScriptLiteral { Value: string } } indexer => FrameOf(indexer.Target, loopRows),
            ScriptNestedExpression nested => RowOf(nested.Expression, loopRows),
            ScriptPipeCall pipe => Through(Stages(pipe), loopRows) is (var frame, true) ? frame : null,
            ScriptFunctionCall call when RowFunctions.Contains(Name(call.Target)) && call.Arguments.Count > 0 => FrameOf(call.Arguments[0], loopRows),
            ScriptVariable variable when loopRows.TryGetValue(variable.Name, out var frame) => frame,
            _ => null,
        };

        /// <summary>A pipe chain as its stages in order (`a | f x | g` is a, f x, g), however Scriban nested it.</summary>
        private static List<ScriptExpression> Stages(ScriptExpression expression)
        {
            if (expression is not ScriptPipeCall pipe) return [expression];
            return [.. Stages(pipe.From!), .. Stages(pipe.To!)];
        }

        /// <summary>Follows a frame's rows through the stages of a pipe: which frame they still are, and whether the last
        /// stage took one row of them; null once a stage makes something else of them.</summary>
        private (string Frame, bool Row)? Through(List<ScriptExpression> stages, Dictionary<string, string> loopRows)
        {
            if (FrameOf(stages[0], loopRows) is not { } frame) return null;
            var row = false;
            foreach (var stage in stages.Skip(1))
            {
                var name = Name(stage);
                if (!row && RowsFunctions.Contains(name)) continue;
                if (!row && RowFunctions.Contains(name)) { row = true; continue; }
                return null;
            }
            return (frame, row);
        }

        /// <summary>Checks the columns a pipe names to `array.map` or `array.sort` while the rows are still a frame's.</summary>
        private void Pipe(List<ScriptExpression> stages, Dictionary<string, string> loopRows)
        {
            if (FrameOf(stages[0], loopRows) is not { } frame) return;
            foreach (var stage in stages.Skip(1))
            {
                var name = Name(stage);
                if (ColumnFunctions.Contains(name) && stage is ScriptFunctionCall { Arguments: [ScriptLiteral { Value: string column } argument, ..] })
                    Column(frame, column, argument.Span);
                if (!RowsFunctions.Contains(name)) return;
            }
        }

        /// <summary>A function's dotted name (`array.first`), also when it is piped to with arguments.</summary>
        private static string Name(ScriptExpression? expression) => expression switch
        {
            ScriptFunctionCall call => Name(call.Target),
            ScriptMemberExpression { Target: ScriptVariable target, Member: { } member } => $"{target.Name}.{member.Name}",
            ScriptVariable variable => variable.Name,
            _ => "",
        };

        private Frame FrameNamed(string name) => name == "data" ? data! : frames[name];

        private void Column(string frameName, string column, Scriban.Parsing.SourceSpan span)
        {
            var frame = FrameNamed(frameName);
            if (frame.Has(column)) return;
            var location = TemplateRenderer.At(start, span, null);
            if (!reported.Add(location)) return;
            diagnostics.Error($"template reads column '{column}' of frame '{frameName}', which has: {string.Join(", ", frame.ColumnNames)}",
                location, keyPath, Suggestions.DidYouMean(column, frame.ColumnNames));
        }

        /// <param name="span">The span of the whole `frames.X`: where rendering reports the null it gives, so that the two
        /// are one diagnostic.</param>
        private void Frame(string name, Scriban.Parsing.SourceSpan span)
        {
            if (declared.Contains(name)) return;
            var location = TemplateRenderer.At(start, span, null);
            if (!reported.Add(location)) return;
            diagnostics.Error($"template reads frame '{name}', which the report does not define (frames: {string.Join(", ", declared.Order(StringComparer.Ordinal))})",
                location, keyPath, Suggestions.DidYouMean(name, declared));
        }
    }
}
