using System.Diagnostics.CodeAnalysis;
using HfReports.Engine.Document;
using HfReports.Engine.Frames;
using Scriban.Runtime;

namespace HfReports.Engine.Text;

/// <summary>
/// What a template can see: every named frame of the report (as a list of rows, plus
/// `frame.first`), the report's parameters, the snapshot's facts, and `ref "id"`, which writes a
/// linked "Figure 3" / "Table 2" / "Section 4" for any numbered item. Only ScriptObjects, ScriptArrays and
/// plain values are exposed (never a .NET object whose members a template could walk), and templates may
/// include files from <see cref="Templates"/> only.
/// </summary>
internal sealed class TemplateScope
{
    private readonly ScriptObject _globals = new();

    /// <summary>Where `include` reads from; null: includes are refused.</summary>
    public TemplateFolder? Templates { get; init; }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = TrimmingNotes.ScribanDelegates)]
    public TemplateScope(IReadOnlyDictionary<string, Frame> frames, IReadOnlyDictionary<string, object?> parameters,
        IReadOnlyDictionary<string, object?> snapshot, Numbering numbering)
    {
        _globals["frames"] = new TemplateFrames(frames);
        _globals["params"] = ToScriptObject(parameters);
        _globals["snapshot"] = ToScriptObject(snapshot);
        _globals.Import("trend", new Func<object?, object?, string>(Comparatives.Trend));
        _globals.Import("compare", new Func<object?, object?, string, string, string, string>(Comparatives.Compare));
        _globals.Import("ref", new Func<string, string>(id =>
            numbering.TryResolve(id, out var label, out var anchor) ? $"[{label}](#{anchor})"
                // The block's own errors are reported already (and stop the build); saying it again here would only hide them.
                : numbering.IsUnread(id) ? id
                : throw new ArgumentException($"'{id}' is not the id of any section, figure, table or reference"
                    + (Spec.Suggestions.DidYouMean(id, numbering.Ids) is { } hint ? $"; {hint}" : $" (known: {string.Join(", ", numbering.Ids.Order(StringComparer.Ordinal))})"))));
    }

    /// <summary>A child scope that also sees `data`: the frame of the figure or table being captioned.</summary>
    public ScriptObject WithData(Frame? data)
    {
        var scope = new TemplateGlobals { Templates = Templates };
        _globals.CopyTo(scope);
        if (data is not null) scope.Data = new TemplateFrames(new Dictionary<string, Frame> { ["data"] = data });
        return scope;
    }

    public ScriptObject Globals => _globals;

    private static ScriptObject ToScriptObject(IReadOnlyDictionary<string, object?> values)
    {
        var result = new ScriptObject();
        foreach (var (key, value) in values) result[key] = value;
        return result;
    }
}

/// <summary>
/// The named frames as templates see them (`frames.name`): a frame's rows become script objects (about 100 bytes a
/// cell) only when a template first reads it, so a frame that only blocks use costs nothing here, and a frame of more
/// than <see cref="MaxCells"/> cells is an error at the template that reads it rather than an exhausted heap.
/// </summary>
internal sealed class TemplateFrames : ScriptObject
{
    /// <summary>The most cells (rows x columns) of a frame a template may read.</summary>
    public const long MaxCells = 1_000_000;

    private readonly IReadOnlyDictionary<string, Frame> _frames;
    private readonly Dictionary<string, FrameRows> _read = new(StringComparer.Ordinal);

    public TemplateFrames(IReadOnlyDictionary<string, Frame> frames)
    {
        _frames = frames;
        foreach (var name in frames.Keys) this[name] = null; // listed for templates that walk the names
    }

    public override bool Contains(string member) => _frames.ContainsKey(member) || base.Contains(member);

    public override bool TryGetValue(Scriban.TemplateContext? context, Scriban.Parsing.SourceSpan span, string member, out object? value)
    {
        if (!_frames.ContainsKey(member)) return base.TryGetValue(context, span, member, out value);
        value = Read(member, span);
        return true;
    }

    /// <summary>The frame's rows, made on the first read (renders of one scope may run in parallel).</summary>
    /// <exception cref="Scriban.Syntax.ScriptRuntimeException">The frame has more than <see cref="MaxCells"/> cells.</exception>
    public FrameRows Read(string name, Scriban.Parsing.SourceSpan span)
    {
        lock (_read)
        {
            if (_read.TryGetValue(name, out var rows)) return rows;
            var frame = _frames[name];
            var cells = (long)frame.RowCount * frame.Columns.Count;
            if (cells > MaxCells)
                throw new Scriban.Syntax.ScriptRuntimeException(span, $"the frame '{name}' has {cells:N0} cells (rows x columns), more than the {MaxCells:N0} a template may read; "
                    + "aggregate it for the text (a frame of its own with the few rows the text needs)");
            var columns = frame.ColumnNames.ToArray();
            rows = new FrameRows(name, columns, frame.RowCount);
            for (var row = 0; row < frame.RowCount; row++)
            {
                var item = new FrameRow(columns);
                foreach (var column in frame.Columns)
                    item[column.Name] = column[row];
                rows.Add(item);
            }
            _read[name] = rows;
            return rows;
        }
    }
}

/// <summary>One row of a frame as templates see it; knows its frame's columns, so a template reading a column the frame
/// lacks can be told which it has (<see cref="TemplateRenderer"/> renders a visible placeholder).</summary>
/// <remarks>A ScriptObject subclass imports its own static members by reflection in every constructor unless told not
/// to; a row has none, and a 6,687-row caption frame spent most of its conversion there.</remarks>
internal sealed class FrameRow(IReadOnlyList<string> columns) : ScriptObject(columns.Count, autoImportStaticsFromThisType: false)
{
    public IReadOnlyList<string> Columns { get; } = columns;
}

/// <summary>A frame's rows as templates see them. A row past the end (`frames.x[99]`, `frames.x[0]` of an empty frame) is
/// a <see cref="MissingRow"/> rather than null (<see cref="FrameRowsAccessor"/>), so that reading a column of it is reported
/// at its place and shows a placeholder (<see cref="TemplateRenderer"/>) instead of failing the whole text block.</summary>
internal sealed class FrameRows(string frame, IReadOnlyList<string> columns, int capacity) : ScriptArray(capacity)
{
    public MissingRow Missing(int index) => new(frame, index, Count, columns);
}

/// <summary>How templates index <see cref="FrameRows"/>: Scriban's own list accessor gives null past the end.</summary>
internal sealed class FrameRowsAccessor : IListAccessor
{
    public static readonly FrameRowsAccessor Instance = new();

    public int GetLength(Scriban.TemplateContext context, Scriban.Parsing.SourceSpan span, object target) => ((FrameRows)target).Count;

    public object? GetValue(Scriban.TemplateContext context, Scriban.Parsing.SourceSpan span, object target, int index)
    {
        var rows = (FrameRows)target;
        return index >= 0 && index < rows.Count ? rows[index] : rows.Missing(index);
    }

    public void SetValue(Scriban.TemplateContext context, Scriban.Parsing.SourceSpan span, object target, int index, object? value) =>
        ((FrameRows)target)[index] = value;
}

/// <summary>The row a template asked for past the end of its frame. It is false in a condition (as the null Scriban
/// would give) and prints as a placeholder (<see cref="TemplateRenderer"/>), and each column read of it is a missing value.</summary>
internal sealed class MissingRow(string frame, int index, int rowCount, IReadOnlyList<string> columns)
    : ScriptObject(0, autoImportStaticsFromThisType: false)
{
    public string Frame { get; } = frame;
    public int Index { get; } = index;
    public int RowCount { get; } = rowCount;
    public IReadOnlyList<string> Columns { get; } = columns;
    public string Placeholder => $"[missing: {Frame}[{Index}]]";
}

/// <summary>The globals of one render, carrying the folder its includes may read from.</summary>
internal sealed class TemplateGlobals() : ScriptObject(16, autoImportStaticsFromThisType: false)
{
    public TemplateFolder? Templates { get; init; }

    /// <summary>`data`: the frame of the figure or table being captioned, its rows made when the caption first reads it.</summary>
    public TemplateFrames? Data
    {
        get;
        set
        {
            field = value;
            this["data"] = null; // listed, so the caption's `data` is a known variable
        }
    }

    public override bool Contains(string member) => (member == "data" && Data is not null) || base.Contains(member);

    public override bool TryGetValue(Scriban.TemplateContext? context, Scriban.Parsing.SourceSpan span, string member, out object? value)
    {
        if (member != "data" || Data is null) return base.TryGetValue(context, span, member, out value);
        value = Data.Read("data", span);
        return true;
    }
}
