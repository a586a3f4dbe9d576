namespace HfReports.Engine.Spec;

/// <summary>
/// Resolves relative paths written in specs, refusing any that leave the allowed folder: absolute paths,
/// `..` that climbs out, symbolic links anywhere on the way (a linked file or a linked folder) whose
/// target lies outside, and files with more than one name (a hard link may be a file outside).
/// </summary>
internal static class SpecPaths
{
    /// <summary>Links followed in a row before a path counts as unresolvable (a loop).</summary>
    private const int MaxLinkHops = 40;

    /// <returns>The full path, or null (with a diagnostic) when it escapes <paramref name="root"/>.</returns>
    public static string? ResolveInside(string root, string relativeTo, string written, SpecNode node, DiagnosticBag diagnostics, string what)
    {
        if (written.Length == 0 || written.Any(char.IsControl))
        {
            diagnostics.Error($"{what} '{Printable(written)}' is not a usable path", node.Location, node.KeyPath);
            return null;
        }
        if (Path.IsPathRooted(written))
        {
            diagnostics.Error($"{what} '{written}' must be a relative path", node.Location, node.KeyPath);
            return null;
        }
        var full = Path.GetFullPath(Path.Combine(relativeTo, written));
        if (!IsInside(root, full))
        {
            diagnostics.Error($"{what} '{written}' leaves the report folder", node.Location, node.KeyPath,
                "keep included files inside the report's folder; symbolic links must point inside it too");
            return null;
        }
        if (HardLinks.IsHardLinked(full))
        {
            diagnostics.Error($"{what} '{written}' is a hard link (one file with several names, which may lie outside the report folder)",
                node.Location, node.KeyPath, "copy the file instead of linking it");
            return null;
        }
        return full;
    }

    /// <summary>True when <paramref name="full"/> lies inside <paramref name="root"/> both as written and
    /// after following every symbolic link on the way (the root's own links are followed too).</summary>
    public static bool IsInside(string root, string full)
    {
        var rootFull = WithSeparator(Path.GetFullPath(root));
        full = Path.GetFullPath(full);
        if (!full.StartsWith(rootFull, StringComparison.Ordinal)) return false;
        var realRoot = RealPath(rootFull.TrimEnd(Path.DirectorySeparatorChar));
        var realFull = RealPath(full);
        return realRoot is not null && realFull is not null && realFull.StartsWith(WithSeparator(realRoot), StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link replaced by its target, component by component; parts that
    /// do not exist are kept as written. Null for a link loop.</summary>
    public static string? RealPath(string full) => RealPath(Path.GetFullPath(full), 0);

    private static string? RealPath(string full, int hops)
    {
        var root = Path.GetPathRoot(full) ?? "";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++hops > MaxLinkHops) return null;
                var resolved = Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Combine(current, target));
                var real = RealPath(resolved, hops);
                if (real is null) return null;
                next = real;
            }
            current = next;
        }
        return current;
    }

    private static string WithSeparator(string path) => path.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    private static string Printable(string text) =>
        new(text.Take(200).Select(c => char.IsControl(c) ? '?' : c).ToArray());

    /// <summary>How a file is named in diagnostics: relative to the manifest folder.</summary>
    public static string Display(string baseFolder, string fullPath) =>
        Path.GetRelativePath(baseFolder, fullPath).Replace('\\', '/');
}
