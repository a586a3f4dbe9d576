using HfReports.Engine.Charts;
using HfReports.Engine.Document;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Frames;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Tables;
using HfReports.Engine.Text;
using HfReports.Engine.Theme;

namespace HfReports.Engine.Build;

/// <summary>
/// Builds the format-neutral document from a report spec: evaluates each block's data, draws its
/// chart, formats its table, renders its prose. A block that fails becomes a diagnostic and a
/// visible notice in its place, so one bad figure never hides the rest of the report.
/// </summary>
/// <param name="figures">Draws the figures (ahead of time, with the cache).</param>
public sealed class DocumentBuilder(FrameEvaluator evaluator, TemplateScope scope, Numbering numbering, FigureRenderer figures,
    DiagnosticBag diagnostics)
{
    private readonly List<UnavailableBlock> _unavailable = [];

    /// <summary>The snapshot's tables, shared with the block preparation so both decide notices by one rule.</summary>
    public SnapshotTables Tables { get; init; } = new(evaluator.Database);

    /// <summary>What the HTML may embed as CSV links, shared by the build's reports; null: no format embeds the data.</summary>
    public DataLinkAllowance? DataLinks { get; init; } = new();

    /// <summary>SOURCE_DATE_EPOCH as the caller read it (<see cref="BuildDate"/>); null dates the document by its snapshot.</summary>
    public string? SourceDateEpoch { get; init; }

    public const string SyntheticNotice = "Built from synthetic demo data: every number, figure and table in this report is made up by the HfReports demo generator and says nothing about real models.";

    public ReportDocument Build(ReportSpec report, SnapshotIdentity snapshot)
    {
        var title = new TitleBlock(
            report.Title,
            report.Subtitle,
            report.Authors.Select(a => (a.Name, a.Affiliations)).ToArray(),
            report.Affiliations,
            report.Abstract is null ? [] : Prose(report.Abstract, report.Location, "report.abstract"),
            report.Keywords,
            snapshot.Synthetic ? SyntheticNotice : null,
            snapshot.Import is { } import ? $"Built from {import.Describe()}." : null);
        var sections = report.Sections.Select((s, i) => Section(s, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 1)).ToArray();
        // The checks table lists every expectation and unavailable block, so it is made once all others are.
        sections = sections.Select(s => ResolveChecks(s, snapshot.Synthetic)).ToArray();
        var references = report.References.Select((r, i) =>
        {
            numbering.TryResolve(r.Id, out _, out var anchor);
            return new DocReference(r.Id, i + 1, anchor, r.Text);
        }).ToArray();
        var createdAt = BuildDate.Resolve(snapshot.CreatedAt, SourceDateEpoch, diagnostics, report.Location);
        return new ReportDocument(report.Id, title, sections, references, createdAt);
    }

    private DocSection Section(SectionSpec section, string number, int level)
    {
        var blocks = new List<DocBlock>();
        foreach (var block in section.Blocks)
        {
            foreach (var built in Block(block))
            {
                // Consecutive missing items share one panel.
                if (built is MissingItemsBlock missing && blocks.Count > 0 && blocks[^1] is MissingItemsBlock previous)
                    blocks[^1] = new MissingItemsBlock([.. previous.Items, .. missing.Items]);
                else blocks.Add(built);
            }
        }
        var children = section.Sections.Select((s, i) => Section(s, $"{number}.{i + 1}", level + 1)).ToArray();
        var anchor = section.Id is not null && numbering.TryResolve(section.Id, out _, out var byId) ? byId : Numbering.SectionAnchor(number);
        return new DocSection(number, section.Title, anchor, level, blocks, children);
    }

    private IEnumerable<DocBlock> Block(BlockSpec block) => block switch
    {
        TextBlockSpec text => Prose(text.Template, text.Location, text.KeyPath),
        FigureSpec figure => [Figure(figure)],
        TableSpec table => [Table(table)],
        ChecksBlockSpec checks => [new PendingChecks(checks)],
        PageBreakSpec => [new PageBreakBlock()],
        _ => [],
    };

    /// <summary>Stands for a checks table until the rest of the document is built.</summary>
    private sealed record PendingChecks(ChecksBlockSpec Spec) : DocBlock;

    private DocSection ResolveChecks(DocSection section, bool synthetic) => section with
    {
        Blocks = section.Blocks.SelectMany(b => b is PendingChecks pending ? ChecksBlocks(pending.Spec, synthetic) : [b]).ToArray(),
        Sections = section.Sections.Select(s => ResolveChecks(s, synthetic)).ToArray(),
    };

    private IEnumerable<DocBlock> ChecksBlocks(ChecksBlockSpec spec, bool synthetic)
    {
        var results = evaluator.Expectations;
        numbering.TryResolve(spec.Id, out _, out var anchor);
        var caption = Caption(spec.Caption, null, spec.Location, SpecNode.Join(spec.KeyPath, "caption"));
        var published = results.Where(r => r.Published is not null).ToArray();
        var checks = results.Where(r => r.Published is null).ToArray();
        var summary = (published.Length == 0
                ? "No published number applies to this snapshot; "
                : $"{published.Count(r => r.Passed)} of {published.Length} published numbers and ")
            + $"{checks.Count(r => r.Passed)} of {checks.Length} snapshot checks hold on this snapshot"
            + (synthetic ? " (it is synthetic demo data, so the published numbers are not expected to hold)." : ".");
        yield return new Paragraph([new TextRun(summary)]);
        // With no published number the numbered table lists the snapshot checks, rather than stand empty.
        var content = published.Length > 0 ? ChecksTable.Published(results) : ChecksTable.Snapshot(results);
        yield return new TableBlock(spec.Id, numbering.Tables[spec.Id], anchor, caption, content, null, ChecksTable.Csv(results));
        if (checks.Length > 0 && published.Length > 0)
        {
            yield return new Paragraph([new TextRun("Snapshot checks", RunStyle.Bold),
                new TextRun(" (sanity checks of this export; the paper does not print these numbers):")]);
            foreach (var line in ChecksTable.SnapshotChecks(results))
                yield return new Paragraph([new TextRun("• " + line)]);
        }
        if (_unavailable.Count == 0) yield break;
        var runs = new List<TextRun> { new("Not shown from this snapshot: ", RunStyle.Bold) };
        foreach (var (item, i) in _unavailable.Select((u, i) => (u, i)))
        {
            numbering.TryResolve(item.Id, out _, out var itemAnchor);
            runs.Add(new TextRun(item.Label, Link: "#" + itemAnchor));
            runs.Add(new TextRun($" ({item.Reason}){(i == _unavailable.Count - 1 ? "." : "; ")}"));
        }
        yield return new Paragraph(runs);
    }

    /// <summary>The tables a block requires that are empty in this snapshot; unknown names are spec errors.</summary>
    private IReadOnlyList<string> EmptyRequiredTables(RequirementSpec? requires)
    {
        if (requires is null) return [];
        foreach (var table in requires.Tables.Where(table => !Tables.Exists(table)))
            diagnostics.Error($"'requires' names the table '{table}', which the snapshot does not have", requires.Location,
                SpecNode.Join(requires.KeyPath, "tables"), Suggestions.DidYouMean(table, Tables.Names));
        return Tables.EmptyOf(requires);
    }

    private readonly HashSet<string> _remediesSaid = new(StringComparer.Ordinal);

    /// <summary>
    /// A missing-item notice when a required table is empty: the item's label, caption and the spec's
    /// reason; the remedy only the first time the report needs it.
    /// </summary>
    private MissingItemsBlock? Unbuildable(string id, string label, string captionTemplate, RequirementSpec? requires, SourceLocation location)
    {
        var empty = EmptyRequiredTables(requires);
        if (empty.Count == 0) return null;
        _unavailable.Add(new UnavailableBlock(id, label, requires!.Reason, empty));
        numbering.TryResolve(id, out _, out var anchor);
        var why = requires.Reason;
        if (requires.Remedy is { } remedy && _remediesSaid.Add(remedy)) why += "; " + remedy;
        return new MissingItemsBlock([new MissingItem(id, anchor, label, CaptionWithoutData(captionTemplate, location), RichText.ParseParagraph(why))]);
    }

    /// <summary>A missing item's caption; one that needs the item's data is left out rather than reported.</summary>
    private Paragraph CaptionWithoutData(string template, SourceLocation location)
    {
        try
        {
            var text = TemplateRenderer.Render(template, scope.WithData(null), location, "caption", cancellation: evaluator.Cancellation);
            return RichText.ParseParagraph(string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        catch (TemplateException)
        {
            return new Paragraph([]);
        }
    }

    private IReadOnlyList<Paragraph> Prose(string template, SourceLocation location, string keyPath)
    {
        try
        {
            var missing = new List<MissingValue>();
            var paragraphs = RichText.Parse(TemplateRenderer.Render(template, scope.WithData(null), location, keyPath, missing, evaluator.Cancellation), evaluator.Cancellation);
            Report(missing);
            return paragraphs;
        }
        catch (TemplateException e)
        {
            diagnostics.Error(e.Message, e.Location, e.KeyPath);
            return [Failed("Text could not be rendered", e.Message)];
        }
    }

    /// <summary>Each read of a missing value: a warning (the text shows a placeholder), an error under --strict.</summary>
    private void Report(IEnumerable<MissingValue> missing)
    {
        foreach (var problem in missing)
            diagnostics.Add(new Diagnostic(evaluator.Strict ? Severity.Error : Severity.Warning, problem.Message, problem.Location,
                problem.KeyPath, problem.Suggestion));
    }

    private Paragraph Caption(string template, Frame? data, SourceLocation location, string keyPath)
    {
        try
        {
            var missing = new List<MissingValue>();
            var text = TemplateRenderer.Render(template, scope.WithData(data), location, keyPath, missing, evaluator.Cancellation);
            Report(missing);
            return RichText.ParseParagraph(string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
        }
        catch (TemplateException e)
        {
            diagnostics.Error(e.Message, e.Location, e.KeyPath);
            return new Paragraph([new TextRun(template)]);
        }
    }

    private DocBlock Figure(FigureSpec figure)
    {
        numbering.TryResolve(figure.Id, out var label, out _);
        if (Unbuildable(figure.Id, label, figure.Caption, figure.Requires, figure.Location) is { } notice) return notice;
        var frame = evaluator.Evaluate(figure.Data);
        if (frame is null) return NotBuilt(figure.Id, label, "its data could not be computed");
        var panelFrames = figure.Panels.Select(p => p.Data is null ? frame : evaluator.Evaluate(p.Data)).ToArray();
        if (panelFrames.Any(f => f is null)) return NotBuilt(figure.Id, label, "the data of one of its panels could not be computed");
        var caption = Caption(figure.Caption, frame, figure.Location, SpecNode.Join(figure.KeyPath, "caption"));
        try
        {
            var graphic = figures.Graphic(figure, panelFrames!);
            foreach (var warning in graphic.Warnings) diagnostics.Add(warning);
            numbering.TryResolve(figure.Id, out _, out var anchor);
            return new FigureBlock(figure.Id, numbering.Figures[figure.Id], anchor, caption, graphic, DataLink(frame, $"figure '{figure.Id}'", figure.Data.Location, figure.Data.KeyPath)) { Pinned = figure.Pinned, Landscape = figure.Landscape };
        }
        catch (ChartException e)
        {
            diagnostics.Error($"figure '{figure.Id}': {e.Message}", e.Location, e.KeyPath);
            return NotBuilt(figure.Id, label, e.Message);
        }
    }

    private DocBlock Table(TableSpec table)
    {
        numbering.TryResolve(table.Id, out var label, out _);
        if (Unbuildable(table.Id, label, table.Caption, table.Requires, table.Location) is { } notice) return notice;
        var frame = evaluator.Evaluate(table.Data);
        if (frame is null) return NotBuilt(table.Id, label, "its data could not be computed");
        var caption = Caption(table.Caption, frame, table.Location, SpecNode.Join(table.KeyPath, "caption"));
        var note = table.Note is null ? null : Caption(table.Note, frame, table.Location, SpecNode.Join(table.KeyPath, "note"));
        try
        {
            var content = TableFormatter.Format(table, frame);
            numbering.TryResolve(table.Id, out _, out var anchor);
            return new TableBlock(table.Id, numbering.Tables[table.Id], anchor, caption, content, note, DataLink(frame, $"table '{table.Id}'", table.Data.Location, table.Data.KeyPath)) { Pinned = table.Pinned, Landscape = table.Landscape };
        }
        catch (TableException e)
        {
            diagnostics.Error($"table '{table.Id}': {e.Message}", e.Location, e.KeyPath);
            return NotBuilt(table.Id, label, e.Message);
        }
    }

    /// <summary>The CSV the HTML links to, within the build's allowance; past it a warning at the block's data, and no link.</summary>
    private byte[]? DataLink(Frame frame, string what, SourceLocation location, string keyPath)
    {
        if (DataLinks is null) return null;
        var csv = DataLinks.Take(frame);
        if (csv is null) diagnostics.Warning(DataLinks.Refusal(what), location, keyPath);
        return csv;
    }

    private NoticeBlock NotBuilt(string id, string label, string why)
    {
        numbering.TryResolve(id, out _, out var anchor);
        return new($"{label} ('{id}') was not built", new Paragraph([new TextRun(why)]), anchor);
    }

    private static Paragraph Failed(string what, string why) =>
        new([new TextRun(what + ": ", RunStyle.Bold), new TextRun(why)]);
}
