namespace HfReports.Engine.Spec;

/// <summary>A block of a section: prose, a figure or a table.</summary>
internal abstract record BlockSpec(SourceLocation Location, string KeyPath);

/// <summary>Prose: a Scriban template that sees the report's frames and parameters.</summary>
internal sealed record TextBlockSpec(string Template, SourceLocation Location, string KeyPath) : BlockSpec(Location, KeyPath);

/// <summary>A figure: data, then one chart per panel (panels share the x axis).</summary>
internal sealed record FigureSpec(
    string Id,
    string? Title,
    string Caption,
    DataSpec Data,
    IReadOnlyList<ChartSpec> Panels,
    double WidthInches,
    double HeightInches,
    SourceLocation Location,
    string KeyPath) : BlockSpec(Location, KeyPath)
{
    public RequirementSpec? Requires { get; init; }

    /// <summary>`placement: here`: stays where it stands in the text instead of floating to the next page.</summary>
    public bool Pinned { get; init; }

    /// <summary>`placement: landscape`: on a page of its own, turned landscape.</summary>
    public bool Landscape { get; init; }
}

/// <summary>A table: data, then the columns to show with their formats.</summary>
internal sealed record TableSpec(
    string Id,
    string Caption,
    DataSpec Data,
    IReadOnlyList<TableColumnSpec> Columns,
    string? Note,
    SourceLocation Location,
    string KeyPath) : BlockSpec(Location, KeyPath)
{
    public RequirementSpec? Requires { get; init; }

    /// <summary>`placement: here`: a short table stays where it stands in the text instead of floating.</summary>
    public bool Pinned { get; init; }

    /// <summary>`placement: landscape`: on a page of its own, turned landscape.</summary>
    public bool Landscape { get; init; }
}

/// <summary>`page_break: true`: the next block starts a new page (after any figure still waiting for a page).</summary>
internal sealed record PageBreakSpec(SourceLocation Location, string KeyPath) : BlockSpec(Location, KeyPath);

/// <param name="Format">A .NET format string for numbers ("0.00", "N0") or dates ("d MMMM yyyy").</param>
internal sealed record TableColumnSpec(string Field, string Title, string? Format, ColumnAlign Align, SourceLocation Location, string KeyPath);
