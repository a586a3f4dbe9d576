namespace HfReports.Engine.Spec;

/// <summary>Reads reports.yaml.</summary>
internal static class ManifestLoader
{
    /// <param name="vocabulary">The output formats the engine renders and the colours it knows (handed in by the caller).</param>
    public static ManifestSpec? Load(string manifestPath, DiagnosticBag diagnostics, ManifestVocabulary vocabulary)
    {
        var knownFormats = vocabulary.Formats;
        var fullPath = Path.GetFullPath(manifestPath);
        var baseFolder = Path.GetDirectoryName(fullPath)!;
        var display = Path.GetFileName(fullPath);
        var root = SpecFile.Load(fullPath, display, diagnostics);
        if (root is null) return null;

        var manifest = new MappingReader(root, diagnostics, "the manifest", "snapshot", "output", "formats", "theme", "reports");
        if (!manifest.IsValid) return null;
        var snapshot = manifest.String("snapshot", required: true) ?? "data/demo.db";
        var output = manifest.String("output") ?? "out";
        var formats = manifest.StringList("formats");
        foreach (var format in formats.Where(f => !knownFormats.Contains(f)))
            diagnostics.Error($"unknown output format '{format}'", manifest.Optional("formats")!.Location, "formats",
                Suggestions.DidYouMean(format, knownFormats) ?? $"expected {string.Join(" or ", knownFormats)}");
        var theme = ReadTheme(manifest.Optional("theme"), diagnostics, vocabulary.Colors);

        var reports = new List<ReportReference>();
        foreach (var item in manifest.List("reports", required: true))
        {
            if (!item.IsScalar)
            {
                diagnostics.Error($"each report must be a path to a report spec, found {item.KindName}", item.Location, item.KeyPath);
                continue;
            }
            var path = SpecPaths.ResolveInside(baseFolder, baseFolder, item.Text, item, diagnostics, "report");
            if (path is null) continue;
            if (!File.Exists(path))
            {
                diagnostics.Error($"report spec '{item.Text}' does not exist", item.Location, item.KeyPath);
                continue;
            }
            reports.Add(new ReportReference(path, SpecPaths.Display(baseFolder, path), item.Location));
        }

        return new ManifestSpec(fullPath, baseFolder, SnapshotLocation.Resolve(snapshot, baseFolder),
            Path.GetFullPath(Path.Combine(baseFolder, output)), formats.Count == 0 ? knownFormats : formats, theme, reports);
    }

    private static ThemeSpec ReadTheme(SpecNode? node, DiagnosticBag diagnostics, ColorVocabulary colors)
    {
        var defaults = new ThemeSpec();
        if (node is null) return defaults;
        var theme = new MappingReader(node, diagnostics, "the theme", "serif", "sans", "mono", "size", "page", "margin_mm", "colors");
        return new ThemeSpec(
            theme.String("serif") ?? defaults.SerifFamily,
            theme.String("sans") ?? defaults.SansFamily,
            theme.String("mono") ?? defaults.MonoFamily,
            (float)(theme.Number("size") ?? defaults.BodySize),
            theme.Choice("page", Enum.GetNames<PageSize>()) is { } page ? Enum.Parse<PageSize>(page) : defaults.PageSize,
            (float)(theme.Number("margin_mm") ?? defaults.MarginMillimetres))
        { Colors = ReadColors(theme.Optional("colors"), diagnostics, colors) };
    }

    /// <summary>theme.colors: { variable: { value: colour, ... }, ... }, each colour a name or hex code.</summary>
    private static Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>> ReadColors(SpecNode? node, DiagnosticBag diagnostics, ColorVocabulary colors)
    {
        var maps = new Dictionary<string, IReadOnlyList<KeyValuePair<string, string>>>(StringComparer.Ordinal);
        if (node is null || node.IsNull) return maps;
        if (!node.IsMapping)
        {
            diagnostics.Error($"'colors' must map each variable to its values' colours, found {node.KindName}", node.Location, node.KeyPath);
            return maps;
        }
        foreach (var (variable, _, values) in node.Entries())
        {
            if (!values.IsMapping)
            {
                diagnostics.Error($"'{variable}' must map values to colours (e.g. {{ Pretrained: \"#1F78B4\" }}), found {values.KindName}", values.Location, values.KeyPath);
                continue;
            }
            var map = new List<KeyValuePair<string, string>>();
            foreach (var (value, _, color) in values.Entries())
            {
                if (color.IsScalar && colors.IsColor(color.Text)) map.Add(new(value, color.Text));
                else diagnostics.Error($"'{value}' in 'colors.{variable}' must be a colour (a name such as orange or a hex code such as #1F78B4)", color.Location, color.KeyPath);
            }
            maps[variable] = map;
        }
        return maps;
    }
}
