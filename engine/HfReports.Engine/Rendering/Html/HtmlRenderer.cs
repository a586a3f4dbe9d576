using System.Globalization;
using System.Reflection;
using HfReports.Engine.Document;
using HfReports.Engine.Theme;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HfReports.Engine.Rendering.Html;

/// <summary>Renders the document to one self-contained HTML file (inline CSS and SVG, no network) with a Scriban template.</summary>
internal static class HtmlRenderer
{
    private static readonly Template Template = LoadTemplate();

    /// <param name="fonts">When given, the figures' face is embedded (subset) so charts look as in the PDF.</param>
    /// <param name="cancellation">Scriban checks it as it runs the page template.</param>
    public static string Render(ReportDocument document, FontRegistry? fonts = null, CancellationToken cancellation = default)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Render(document, text, fonts, cancellation);
        return text.ToString();
    }

    /// <summary>Writes the page as the template runs, so the page is never held whole in memory (its data links and
    /// tables can be tens of megabytes).</summary>
    public static void Render(ReportDocument document, TextWriter writer, FontRegistry? fonts = null, CancellationToken cancellation = default)
    {
        // The page template is the engine's own; its loops run over rows already bounded by the table and
        // chart limits, so Scriban's default of 1000 iterations would only refuse long tables.
        // No loop or string limits: the template is ours, and figures and tables can be large (a scatter of
        // thousands of points is megabytes of SVG, which Scriban would otherwise cut at 1 MiB with "...").
        var context = new TemplateContext { StrictVariables = true, MemberRenamer = m => m.Name, LoopLimit = 0, LimitToString = 0, CancellationToken = cancellation };
        context.PushCulture(CultureInfo.InvariantCulture);
        // Each figure's SVG, its fonts renamed to the faces the page embeds. Made last figure first: the PDF, drawn at the
        // same time, takes them first to last, and a figure's SVG and drawing take turns.
        var figures = document.AllBlocks.OfType<FigureBlock>().ToArray();
        var made = new string[figures.Length];
        for (var i = figures.Length - 1; i >= 0; i--)
        {
            cancellation.ThrowIfCancellationRequested();
            var svg = figures[i].Graphic.Svg
                ?? throw new InvalidOperationException($"figure '{figures[i].Id}' has no SVG: the build did not draw it for a format that embeds it");
            made[i] = fonts is null ? svg : FigureFont.Rename(svg);
        }
        var svgs = new Dictionary<FigureBlock, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < figures.Length; i++) svgs[figures[i]] = made[i];
        var view = HtmlView.Build(document, figure => svgs[figure]);
        view["figure_fonts"] = fonts is null ? "" : FigureFont.FontFaces(fonts, svgs.Values);
        context.PushGlobal(view);
        context.PushOutput(new TextWriterOutput(writer));
        try
        {
            Template.Render(context);
        }
        catch (ScriptAbortException)
        {
            cancellation.ThrowIfCancellationRequested(); // Scriban's way of saying the build was cancelled
            throw;
        }
    }

    private static Template LoadTemplate()
    {
        const string name = "HfReports.Engine.Rendering.Html.report.sbn-html";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded template {name} is missing from the build");
        using var reader = new StreamReader(stream);
        var template = Template.Parse(reader.ReadToEnd(), name);
        if (template.HasErrors)
            throw new InvalidOperationException($"the HTML template has errors: {string.Join("; ", template.Messages)}");
        return template;
    }
}
