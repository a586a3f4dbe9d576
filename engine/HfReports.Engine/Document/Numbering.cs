using HfReports.Engine.Spec;

namespace HfReports.Engine.Document;

/// <summary>
/// Numbers sections, figures, tables and references from the spec alone, before any text is
/// rendered, so that prose can refer to "Figure 3" wherever the figure stands. Anchors derive from
/// ids ("fig-derived-per-family"), so links stay put when a figure is inserted before another. The one numbering of a
/// report: the document takes its section numbers, anchors and labels from here.
/// </summary>
internal sealed class Numbering
{
    private readonly Dictionary<string, (string Label, string Anchor)> _targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceLocation> _declared = new(StringComparer.Ordinal);
    private readonly Dictionary<SectionSpec, (string Number, int Level, string Anchor)> _sections = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ReferenceSpec, (int Number, string Anchor)> _references = new(ReferenceEqualityComparer.Instance);
    private IReadOnlySet<string> _unread = new HashSet<string>();

    public IReadOnlyDictionary<string, int> Figures { get; }
    public IReadOnlyDictionary<string, int> Tables { get; }

    private Numbering(Dictionary<string, int> figures, Dictionary<string, int> tables)
    {
        Figures = figures;
        Tables = tables;
    }

    public static Numbering Assign(ReportSpec report, DiagnosticBag diagnostics)
    {
        var figures = new Dictionary<string, int>(StringComparer.Ordinal);
        var tables = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbering = new Numbering(figures, tables) { _unread = report.UnreadIds };
        foreach (var (section, number, level) in SpecWalk.Sections(report))
            numbering.Visit(section, number, level, figures, tables, diagnostics);
        var referenceNumber = 0;
        foreach (var reference in report.References)
        {
            numbering.Add(reference.Id, $"[{++referenceNumber}]", $"ref-{reference.Id}", reference.Location, diagnostics);
            numbering._references[reference] = (referenceNumber, numbering._targets[reference.Id].Anchor);
        }
        return numbering;
    }

    private void Visit(SectionSpec section, string number, int level, Dictionary<string, int> figures, Dictionary<string, int> tables,
        DiagnosticBag diagnostics)
    {
        if (section.Id is not null)
            Add(section.Id, $"Section {number}", $"sec-{section.Id}", section.Location, diagnostics);
        _sections[section] = (number, level, section.Id is not null ? _targets[section.Id].Anchor : SectionAnchor(number));
        foreach (var block in section.Blocks)
        {
            switch (block)
            {
                case FigureSpec figure:
                    figures[figure.Id] = figures.Count + 1;
                    Add(figure.Id, $"Figure {figures.Count}", $"fig-{figure.Id}", figure.Location, diagnostics);
                    break;
                case TableSpec table:
                    tables[table.Id] = tables.Count + 1;
                    Add(table.Id, $"Table {tables.Count}", $"tab-{table.Id}", table.Location, diagnostics);
                    break;
                case ChecksBlockSpec checks:
                    tables[checks.Id] = tables.Count + 1;
                    Add(checks.Id, $"Table {tables.Count}", $"tab-{checks.Id}", checks.Location, diagnostics);
                    break;
            }
        }
    }

    private void Add(string id, string label, string anchor, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (_targets.TryAdd(id, (label, anchor)))
        {
            _declared[id] = location;
            return;
        }
        var first = _declared[id];
        diagnostics.Error(first.File == location.File
                ? $"the id '{id}' is used twice, first at line {first.Line}; ids of sections, figures, tables and references must be unique"
                : $"the id '{id}' is used twice, first in {first.File}:{first.Line}; ids of sections, figures, tables and references must be unique",
            location, "id", "rename one of them");
    }

    public static string SectionAnchor(string number) => $"sec-{number.Replace('.', '-')}";

    /// <summary>A section's number ("2.1"), depth (1 at the top) and anchor (from its id, else from its number).</summary>
    public (string Number, int Level, string Anchor) Section(SectionSpec section) => _sections[section];

    /// <summary>A reference's number in the list ("[3]" is 3) and its anchor.</summary>
    public (int Number, string Anchor) Reference(ReferenceSpec reference) => _references[reference];

    public bool TryResolve(string id, out string label, out string anchor)
    {
        var found = _targets.TryGetValue(id, out var target);
        (label, anchor) = target;
        return found;
    }

    public IEnumerable<string> Ids => _targets.Keys;

    /// <summary>The id of a figure or table whose spec has errors (already reported).</summary>
    public bool IsUnread(string id) => _unread.Contains(id);
}
