using System.Net;
using System.Text;
using HfReports.Engine.Spec;

namespace HfReports.Cli.Preview;

/// <summary>The pages the preview serves: a report with live reload and links from its figures and tables to their
/// YAML, the diagnostics of a failed build, and a spec file with one line marked.</summary>
public static class PreviewPages
{
    /// <summary>Reloads the page when the server announces a build other than the one it shows.</summary>
    private static string ReloadScript(int version) => $$"""
        <script>
        (() => {
          const shown = "{{version}}";
          const events = new EventSource("/events");
          events.onmessage = e => { if (e.data !== shown) location.reload(); };
        })();
        </script>
        """;

    private const string Style = """
        <style>
        .hf-source { display: inline-block; margin-top: .3rem; font: 12px/1.4 "DejaVu Sans Mono", monospace; color: #1f4e8c; }
        .hf-banner { font: 14px/1.5 "DejaVu Sans", sans-serif; background: #fff4d6; border: 1px solid #d9b44a; padding: .6rem 1rem; margin: 0 0 1rem; }
        </style>
        """;

    public static string Report(PreviewBuild state, string id, string html)
    {
        var page = new StringBuilder(html);
        if (state.Sources.TryGetValue(id, out var anchors))
            foreach (var (anchor, location) in anchors)
            {
                foreach (var tag in new[] { $"<figure id=\"{anchor}\">", $"<table id=\"{anchor}\">", $"<div id=\"{anchor}\"" })
                {
                    var at = page.ToString().IndexOf(tag, StringComparison.Ordinal);
                    if (at < 0) continue;
                    var close = tag.StartsWith("<figure", StringComparison.Ordinal) ? "</figure>" : null;
                    var link = SourceLink(location, "hf-source");
                    if (close is not null)
                    {
                        var end = page.ToString().IndexOf(close, at, StringComparison.Ordinal);
                        if (end >= 0) page.Insert(end, link);
                    }
                    else page.Insert(at, link);
                    break;
                }
            }
        var warnings = state.Result?.Diagnostics.Where(d => d.Severity == Severity.Warning).ToArray() ?? [];
        var banner = warnings.Length == 0 ? "" : $"<div class=\"hf-banner\"><b>{warnings.Length} warning{(warnings.Length == 1 ? "" : "s")}</b>{DiagnosticList(warnings)}</div>";
        var text = page.ToString();
        var body = text.IndexOf("<body", StringComparison.Ordinal);
        var bodyEnd = body < 0 ? -1 : text.IndexOf('>', body);
        if (bodyEnd >= 0) text = text.Insert(bodyEnd + 1, banner);
        return text.Replace("</head>", Style + "</head>", StringComparison.Ordinal)
            .Replace("</body>", ReloadScript(state.Version) + "</body>", StringComparison.Ordinal);
    }

    /// <summary>Shown instead of the report when the last build failed: the report would be out of date.</summary>
    public static string Diagnostics(PreviewBuild state, string? environmentError)
    {
        var errors = state.Result?.Diagnostics ?? [];
        var body = environmentError is not null ? $"<p>{WebUtility.HtmlEncode(environmentError)}</p>" : DiagnosticList(errors);
        return Page("Build failed", $"""
            <h1>The build failed</h1>
            <p>Fix the spec and save: this page reloads by itself.</p>
            {body}
            """, state.Version);
    }

    public static string Source(string displayPath, string[] lines, int line, int version)
    {
        var rows = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            var mark = i + 1 == line ? " class=\"here\"" : "";
            rows.Append($"<tr id=\"L{i + 1}\"{mark}><td>{i + 1}</td><td>{WebUtility.HtmlEncode(lines[i])}</td></tr>");
        }
        return Page(displayPath, $$"""
            <style>table { border-collapse: collapse; font: 13px/1.45 "DejaVu Sans Mono", monospace; } td:first-child { color: #888; text-align: right; padding-right: 1rem; } td { white-space: pre; } tr.here { background: #fff4d6; }</style>
            <h1>{{WebUtility.HtmlEncode(displayPath)}}:{{line}}</h1>
            <p><a href="/">back to the report</a></p>
            <table>{{rows}}</table>
            <script>document.getElementById("L{{line}}")?.scrollIntoView({ block: "center" });</script>
            """, version);
    }

    private static string DiagnosticList(IEnumerable<Diagnostic> diagnostics)
    {
        var items = new StringBuilder("<ul class=\"hf-diagnostics\">");
        foreach (var d in diagnostics)
        {
            var where = d.Location is null ? "" : SourceLink(d.Location, "hf-where") + " ";
            var key = string.IsNullOrEmpty(d.KeyPath) ? "" : $" <code>[{WebUtility.HtmlEncode(d.KeyPath)}]</code>";
            var hint = d.Suggestion is null ? "" : $" <i>({WebUtility.HtmlEncode(d.Suggestion)})</i>";
            items.Append($"<li>{where}<b>{d.Severity.ToString().ToLowerInvariant()}</b>: {WebUtility.HtmlEncode(d.Message)}{key}{hint}</li>");
        }
        return items.Append("</ul>").ToString();
    }

    private static string SourceLink(SourceLocation location, string cssClass) =>
        $"<a class=\"{cssClass}\" href=\"/source?file={Uri.EscapeDataString(location.File)}&amp;line={location.Line}#L{location.Line}\">{WebUtility.HtmlEncode(location.File)}:{location.Line}</a>";

    private static string Page(string title, string body, int version) => $$"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{{WebUtility.HtmlEncode(title)}}</title>
        <style>body { font: 15px/1.5 "DejaVu Sans", sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; } .hf-where { font-family: "DejaVu Sans Mono", monospace; } li { margin: .4rem 0; }</style>
        </head><body>
        {{body}}
        {{ReloadScript(version)}}
        </body></html>
        """;
}
