namespace HfReports.Engine.Spec;

/// <summary>Resolves relative paths written in specs, refusing any that leave the allowed folder.</summary>
public static class SpecPaths
{
    /// <returns>The full path, or null (with a diagnostic) when it escapes <paramref name="root"/>.</returns>
    public static string? ResolveInside(string root, string relativeTo, string written, SpecNode node, DiagnosticBag diagnostics, string what)
    {
        if (Path.IsPathRooted(written))
        {
            diagnostics.Error($"{what} '{written}' must be a relative path", node.Location, node.KeyPath);
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(relativeTo, written));
        var rootFull = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(rootFull, StringComparison.Ordinal) || ResolvesOutside(full, rootFull))
        {
            diagnostics.Error($"{what} '{written}' leaves the report folder", node.Location, node.KeyPath,
                "keep included files inside the report's folder");
            return null;
        }
        return full;
    }

    /// <summary>True when a symbolic link on the way points outside the root.</summary>
    private static bool ResolvesOutside(string full, string rootFull)
    {
        var info = new FileInfo(full);
        if (!info.Exists || info.LinkTarget is null) return false;
        var target = info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        return target is not null && !target.StartsWith(rootFull, StringComparison.Ordinal);
    }

    /// <summary>How a file is named in diagnostics: relative to the manifest folder.</summary>
    public static string Display(string baseFolder, string fullPath) =>
        Path.GetRelativePath(baseFolder, fullPath).Replace('\\', '/');
}
