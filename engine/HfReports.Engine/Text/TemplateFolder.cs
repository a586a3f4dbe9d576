using HfReports.Engine.Spec;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace HfReports.Engine.Text;

/// <summary>
/// The only place `{{ include "name" }}` may read from: the `templates/` folder beside the report spec.
/// Names are relative; `..`, absolute paths, symbolic links that lead outside the folder and hard links are
/// refused, and a template file is at most <see cref="MaxTemplateChars"/> long.
/// </summary>
/// <param name="fullPath">The folder on disk.</param>
/// <param name="displayPath">The folder as diagnostics name it (relative to the manifest, like spec files).</param>
internal sealed class TemplateFolder(string fullPath, string displayPath) : ITemplateLoader
{
    public const string FolderName = "templates";
    public const int MaxTemplateChars = 1_000_000;

    public string FullPath { get; } = Path.GetFullPath(fullPath);
    public string DisplayPath { get; } = displayPath;

    /// <summary>The templates folder of a report: next to its spec file.</summary>
    public static TemplateFolder Of(ReportSpec report)
    {
        var specFolder = Path.GetDirectoryName(report.Location.File.Replace('\\', '/')) ?? "";
        return new TemplateFolder(Path.Combine(report.Folder, FolderName),
            string.IsNullOrEmpty(specFolder) ? FolderName : $"{specFolder.Replace('\\', '/')}/{FolderName}");
    }

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (string.IsNullOrWhiteSpace(templateName) || Path.IsPathRooted(templateName) || templateName.Any(char.IsControl))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' must name a file inside {DisplayPath}/ by a relative path");
        var full = Path.GetFullPath(Path.Combine(FullPath, templateName));
        // Inside the folder as written and as linked, and the folder itself inside the report's folder (not a link out).
        if (!SpecPaths.IsInside(FullPath, full) || !SpecPaths.IsInside(Path.GetDirectoryName(FullPath)!, full))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' leaves the template folder {DisplayPath}/");
        if (!File.Exists(full))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}': there is no such file in {DisplayPath}/");
        if (HardLinks.IsHardLinked(full))
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is a hard link (one file with several names, which may lie outside {DisplayPath}/); copy the file instead");
        return full;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        var info = new FileInfo(templatePath);
        // A UTF-8 file has at least as many bytes as characters, so this bounds what is read.
        if (info.Length > MaxTemplateChars * 4L)
            throw new ScriptRuntimeException(callerSpan, $"the template '{Display(templatePath)}' is larger than {MaxTemplateChars:N0} characters");
        var text = File.ReadAllText(templatePath);
        if (text.Length > MaxTemplateChars)
            throw new ScriptRuntimeException(callerSpan, $"the template '{Display(templatePath)}' is larger than {MaxTemplateChars:N0} characters");
        return text;
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));

    /// <summary>How a template file inside the folder is named in diagnostics.</summary>
    public string Display(string templatePath) =>
        $"{DisplayPath}/{Path.GetRelativePath(FullPath, templatePath).Replace('\\', '/')}";

    public bool Holds(string? path) =>
        path is not null && Path.IsPathFullyQualified(path) && SpecPaths.IsInside(FullPath, Path.GetFullPath(path));
}
