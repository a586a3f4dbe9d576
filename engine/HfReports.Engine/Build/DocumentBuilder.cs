using HfReports.Engine.Charts;
using HfReports.Engine.Document;
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
public sealed class DocumentBuilder(FrameEvaluator evaluator, TemplateScope scope, Numbering numbering, FontRegistry fonts, DiagnosticBag diagnostics)
{
    /// <summary>Draws the figures (ahead of time, with the cache); without it each figure is drawn where it is met.</summary>
    public FigureRenderer? Figures { get; init; }

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
            snapshot.Synthetic ? SyntheticNotice : null);
        var sections = report.Sections.Select((s, i) => Section(s, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 1)).ToArray();
        var references = report.References.Select((r, i) => new DocReference(r.Id, i + 1, $"ref-{i + 1}", r.Text)).ToArray();
        var createdAt = BuildDate.Resolve(snapshot.CreatedAt, Environment.GetEnvironmentVariable(BuildDate.Variable), diagnostics, report.Location);
        return new ReportDocument(report.Id, title, sections, references, createdAt);
    }

    private DocSection Section(SectionSpec section, string number, int level)
    {
        var blocks = new List<DocBlock>();
        foreach (var block in section.Blocks)
            blocks.AddRange(Block(block));
        var children = section.Sections.Select((s, i) => Section(s, $"{number}.{i + 1}", level + 1)).ToArray();
        return new DocSection(number, section.Title, Numbering.SectionAnchor(number), level, blocks, children);
    }

    private IEnumerable<DocBlock> Block(BlockSpec block) => block switch
    {
        TextBlockSpec text => Prose(text.Template, text.Location, text.KeyPath),
        FigureSpec figure => [Figure(figure)],
        TableSpec table => [Table(table)],
        _ => [],
    };

    private IReadOnlyList<Paragraph> Prose(string template, SourceLocation location, string keyPath)
    {
        try
        {
            return RichText.Parse(TemplateRenderer.Render(template, scope.WithData(null), location, keyPath));
        }
        catch (TemplateException e)
        {
            diagnostics.Error(e.Message, e.Location, e.KeyPath);
            return [Failed("Text could not be rendered", e.Message)];
        }
    }

    private Paragraph Caption(string template, Frame? data, SourceLocation location, string keyPath)
    {
        try
        {
            var text = TemplateRenderer.Render(template, scope.WithData(data), location, keyPath);
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
        var frame = evaluator.Evaluate(figure.Data);
        if (frame is null) return NotBuilt(figure.Id, "its data could not be computed");
        var caption = Caption(figure.Caption, frame, figure.Location, SpecNode.Join(figure.KeyPath, "caption"));
        try
        {
            var graphic = Figures?.Graphic(figure, frame) ?? ChartBuilder.Build(figure, frame, fonts);
            numbering.TryResolve(figure.Id, out _, out var anchor);
            return new FigureBlock(figure.Id, numbering.Figures[figure.Id], anchor, caption, graphic, CsvWriter.Write(frame));
        }
        catch (ChartException e)
        {
            diagnostics.Error($"figure '{figure.Id}': {e.Message}", e.Location, e.KeyPath);
            return NotBuilt(figure.Id, e.Message);
        }
    }

    private DocBlock Table(TableSpec table)
    {
        var frame = evaluator.Evaluate(table.Data);
        if (frame is null) return NotBuilt(table.Id, "its data could not be computed");
        var caption = Caption(table.Caption, frame, table.Location, SpecNode.Join(table.KeyPath, "caption"));
        var note = table.Note is null ? null : Caption(table.Note, frame, table.Location, SpecNode.Join(table.KeyPath, "note"));
        try
        {
            var content = TableFormatter.Format(table, frame);
            numbering.TryResolve(table.Id, out _, out var anchor);
            return new TableBlock(table.Id, numbering.Tables[table.Id], anchor, caption, content, note, CsvWriter.Write(frame));
        }
        catch (TableException e)
        {
            diagnostics.Error($"table '{table.Id}': {e.Message}", e.Location, e.KeyPath);
            return NotBuilt(table.Id, e.Message);
        }
    }

    private static NoticeBlock NotBuilt(string id, string why) =>
        new($"'{id}' was not built", new Paragraph([new TextRun(why)]));

    private static Paragraph Failed(string what, string why) =>
        new([new TextRun(what + ": ", RunStyle.Bold), new TextRun(why)]);
}
