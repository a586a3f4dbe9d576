using System.Globalization;
using System.Reflection;
using HfReports.Engine.Document;
using Scriban;

namespace HfReports.Engine.Rendering.Html;

/// <summary>Renders the document to one self-contained HTML file (inline CSS and SVG, no network) with a Scriban template.</summary>
public static class HtmlRenderer
{
    private static readonly Template Template = LoadTemplate();

    public static string Render(ReportDocument document)
    {
        var context = new TemplateContext { StrictVariables = true, MemberRenamer = m => m.Name };
        context.PushCulture(CultureInfo.InvariantCulture);
        context.PushGlobal(HtmlView.Build(document));
        return Template.Render(context);
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
