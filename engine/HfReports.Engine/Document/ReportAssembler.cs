using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Text;

namespace HfReports.Engine.Document;

/// <summary>
/// The second phase of a build: assembles the format-neutral document from the spec, its numbering and what the
/// first phase prepared (<see cref="PreparedReport"/>), touching no database and drawing nothing. Prose and captions
/// are rendered here; a figure or table that could not be built becomes a visible notice in its place, so one bad
/// figure never hides the rest of the report.
/// </summary>
internal sealed class ReportAssembler
{
    public const string SyntheticNotice = "Built from synthetic demo data: every number, figure and table in this report is made up by the HfReports demo generator and says nothing about real models.";

    private readonly Numbering _numbering;
    private readonly PreparedReport _prepared;
    private readonly DiagnosticBag _diagnostics;
    private readonly AssemblyOptions _options;
    private readonly List<UnavailableBlock> _unavailable = [];
    private readonly HashSet<string> _remediesSaid = new(StringComparer.Ordinal);

    private ReportAssembler(Numbering numbering, PreparedReport prepared, DiagnosticBag diagnostics, AssemblyOptions options)
    {
        _numbering = numbering;
        _prepared = prepared;
        _diagnostics = diagnostics;
        _options = options;
    }

    /// <summary>The report's document; its problems are added to <paramref name="diagnostics"/> in document order.</summary>
    public static ReportDocument Assemble(ReportSpec report, Numbering numbering, PreparedReport prepared, DiagnosticBag diagnostics,
        AssemblyOptions? options = null) =>
        new ReportAssembler(numbering, prepared, diagnostics, options ?? new AssemblyOptions()).Build(report);

    private TemplateScope Scope => _prepared.Scope;

    private ReportDocument Build(ReportSpec report)
    {
        var title = TitleBlock.Format(report,
            report.Abstract is null ? [] : Prose(report.Abstract, report.AbstractStart, "report.abstract"),
            _prepared.Synthetic ? SyntheticNotice : null, _prepared.Provenance);
        var sections = report.Sections.Select(Section).ToArray();
        // The checks table lists every expectation and unavailable block, so it is made once all others are.
        sections = sections.Select(ResolveChecks).ToArray();
        var references = report.References.Select(r =>
        {
            var (number, anchor) = _numbering.Reference(r);
            return new DocReference(r.Id, number, anchor, r.Text);
        }).ToArray();
        var createdAt = BuildDate.Resolve(_prepared.SnapshotCreatedAt, _options.SourceDateEpoch, _diagnostics, report.Location);
        return new ReportDocument(report.Id, title, sections, references, createdAt);
    }

    private DocSection Section(SectionSpec section)
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
        var children = section.Sections.Select(Section).ToArray();
        var (number, level, anchor) = _numbering.Section(section);
        return new DocSection(number, section.Title, anchor, level, blocks, children);
    }

    private IEnumerable<DocBlock> Block(BlockSpec block) => block switch
    {
        TextBlockSpec text => Prose(text.Template, text.Location, text.KeyPath),
        FigureSpec or TableSpec => [DataBlock(_prepared.Of(block))],
        ChecksBlockSpec checks => [new PendingChecks(checks)],
        PageBreakSpec => [new PageBreakBlock()],
        _ => [],
    };

    /// <summary>Stands for a checks table until the rest of the document is built.</summary>
    private sealed record PendingChecks(ChecksBlockSpec Spec) : DocBlock;

    private DocSection ResolveChecks(DocSection section) => section with
    {
        Blocks = section.Blocks.SelectMany(b => b is PendingChecks pending ? ChecksBlocks(pending.Spec) : [b]).ToArray(),
        Sections = section.Sections.Select(ResolveChecks).ToArray(),
    };

    private IEnumerable<DocBlock> ChecksBlocks(ChecksBlockSpec spec)
    {
        var results = _prepared.Expectations;
        _numbering.TryResolve(spec.Id, out _, out var anchor);
        var caption = Caption(spec.Caption, null, spec.Location, SpecNode.Join(spec.KeyPath, "caption"));
        var published = results.Where(r => r.Published is not null).ToArray();
        var checks = results.Where(r => r.Published is null).ToArray();
        var summary = (published.Length == 0
                ? "No published number applies to this snapshot; "
                : $"{published.Count(r => r.Passed)} of {published.Length} published numbers and ")
            + $"{checks.Count(r => r.Passed)} of {checks.Length} snapshot checks hold on this snapshot"
            + (_prepared.Synthetic ? " (it is synthetic demo data, so the published numbers are not expected to hold)." : ".");
        yield return new Paragraph([new TextRun(summary)]);
        // With no published number the numbered table lists the snapshot checks, rather than stand empty.
        var content = published.Length > 0 ? ChecksTable.Published(results) : ChecksTable.Snapshot(results);
        yield return new TableBlock(spec.Id, _numbering.Tables[spec.Id], anchor, caption, content, null, ChecksTable.Csv(results));
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
            _numbering.TryResolve(item.Id, out _, out var itemAnchor);
            runs.Add(new TextRun(item.Label, Link: "#" + itemAnchor));
            runs.Add(new TextRun($" ({item.Reason}){(i == _unavailable.Count - 1 ? "." : "; ")}"));
        }
        yield return new Paragraph(runs);
    }

    /// <summary>A prepared figure or table in its place: built, a notice for missing data, or why it was not built.
    /// Its diagnostics are told here, around its caption's, in the order a serial build finds them.</summary>
    private DocBlock DataBlock(PreparedBlock prepared)
    {
        var (id, caption, note, location, keyPath, pinned, landscape) = prepared.Spec switch
        {
            FigureSpec f => (f.Id, f.Caption, null, f.Location, f.KeyPath, f.Pinned, f.Landscape),
            TableSpec t => (t.Id, t.Caption, t.Note, t.Location, t.KeyPath, t.Pinned, t.Landscape),
            _ => throw new ArgumentException($"only figures and tables are prepared, not {prepared.Spec.GetType().Name}", nameof(prepared)),
        };
        _numbering.TryResolve(id, out var label, out var anchor);
        switch (prepared)
        {
            case PreparedBlock.Notice notice:
                Tell(notice.Diagnostics);
                return Missing(id, label, anchor, caption, location, notice.Requires, notice.EmptyTables);
            case PreparedBlock.Failed failed:
                Tell(failed.Diagnostics);
                // Drawing or formatting failed after the data was computed: the caption's own problems are told too.
                if (failed.Data is { } data) Captions(data);
                Tell(failed.DrawingDiagnostics ?? []);
                return new NoticeBlock($"{label} ('{id}') was not built", new Paragraph([new TextRun(failed.Why)]), anchor);
            case PreparedBlock.Built built:
                Tell(built.Diagnostics);
                var (shownCaption, shownNote) = Captions(built.Data);
                Tell(built.DrawingDiagnostics);
                return built.Figure is { } figure
                    ? new FigureBlock(id, _numbering.Figures[id], anchor, shownCaption, figure, built.Csv) { Pinned = pinned, Landscape = landscape }
                    : new TableBlock(id, _numbering.Tables[id], anchor, shownCaption, built.Table!, shownNote, built.Csv) { Pinned = pinned, Landscape = landscape };
            default:
                throw new ArgumentOutOfRangeException(nameof(prepared), prepared.GetType().Name, "unknown prepared block");
        }

        (Paragraph Caption, Paragraph? Note) Captions(Frame data) => (
            Caption(caption, data, location, SpecNode.Join(keyPath, "caption")),
            note is null ? null : Caption(note, data, location, SpecNode.Join(keyPath, "note")));
    }

    private void Tell(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics) _diagnostics.Add(diagnostic);
    }

    /// <summary>
    /// A missing-item notice when a required table is empty: the item's label, caption and the spec's
    /// reason; the remedy only the first time the report needs it.
    /// </summary>
    private MissingItemsBlock Missing(string id, string label, string anchor, string captionTemplate, SourceLocation location,
        RequirementSpec requires, IReadOnlyList<string> emptyTables)
    {
        _unavailable.Add(new UnavailableBlock(id, label, requires.Reason, emptyTables));
        var why = requires.Reason;
        if (requires.Remedy is { } remedy && _remediesSaid.Add(remedy)) why += "; " + remedy;
        return new MissingItemsBlock([new MissingItem(id, anchor, label, CaptionWithoutData(captionTemplate, location), RichText.ParseParagraph(why))]);
    }

    /// <summary>A missing item's caption; one that needs the item's data is left out rather than reported.</summary>
    private Paragraph CaptionWithoutData(string template, SourceLocation location)
    {
        try
        {
            var text = TemplateRenderer.Render(template, Scope.WithData(null), location, "caption", cancellation: _options.Cancellation);
            return OneParagraph(text, location, "caption");
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
            var text = TemplateRenderer.Render(template, Scope.WithData(null), location, keyPath, missing, _options.Cancellation);
            Report(missing);
            var unread = new List<string>();
            var paragraphs = RichText.Parse(text, _options.Cancellation, unread);
            Warn(unread, location, keyPath);
            return paragraphs;
        }
        catch (TemplateException e)
        {
            _diagnostics.Error(e.Message, e.Location, e.KeyPath);
            return [new Paragraph([new TextRun("Text could not be rendered: ", RunStyle.Bold), new TextRun(e.Message)])];
        }
    }

    /// <summary>Each read of a missing value: a warning (the text shows a placeholder), an error under --strict.</summary>
    private void Report(IEnumerable<MissingValue> missing)
    {
        foreach (var problem in missing)
            _diagnostics.Add(new Diagnostic(_options.Strict ? Severity.Error : Severity.Warning, problem.Message, problem.Location,
                problem.KeyPath, problem.Suggestion));
    }

    /// <summary>A caption's text as one paragraph, its line breaks spaces.</summary>
    private Paragraph OneParagraph(string text, SourceLocation location, string keyPath)
    {
        var unread = new List<string>();
        var paragraph = RichText.ParseParagraph(string.Join(' ', text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            _options.Cancellation, unread);
        Warn(unread, location, keyPath);
        return paragraph;
    }

    /// <summary>Text kept as written because its markup could not be read in bounded time: a warning, the text is all there.</summary>
    private void Warn(IEnumerable<string> unread, SourceLocation location, string keyPath)
    {
        foreach (var why in unread) _diagnostics.Add(new Diagnostic(Severity.Warning, why, location, keyPath));
    }

    private Paragraph Caption(string template, Frame? data, SourceLocation location, string keyPath)
    {
        try
        {
            var missing = new List<MissingValue>();
            var text = TemplateRenderer.Render(template, Scope.WithData(data), location, keyPath, missing, _options.Cancellation);
            Report(missing);
            return OneParagraph(text, location, keyPath);
        }
        catch (TemplateException e)
        {
            _diagnostics.Error(e.Message, e.Location, e.KeyPath);
            return new Paragraph([new TextRun(template)]);
        }
    }
}

/// <summary>How a document is assembled: missing values are errors under --strict; SOURCE_DATE_EPOCH as the caller
/// read it (null dates the document by its snapshot); the build's cancellation, checked as templates run.</summary>
internal sealed record AssemblyOptions(bool Strict = false, string? SourceDateEpoch = null, CancellationToken Cancellation = default);
