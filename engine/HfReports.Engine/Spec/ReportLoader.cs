namespace HfReports.Engine.Spec;

/// <summary>Reads a report spec and every file it includes into a <see cref="ReportSpec"/>.</summary>
internal sealed class ReportLoader
{
    private readonly DiagnosticBag _diagnostics;
    private readonly string _baseFolder;
    private readonly string _reportFolder;
    private readonly SpecVocabulary _vocabulary;
    private readonly HashSet<string> _unreadIds = new(StringComparer.Ordinal);

    private ReportLoader(DiagnosticBag diagnostics, string baseFolder, string reportFolder, SpecVocabulary vocabulary)
    {
        _vocabulary = vocabulary;
        _diagnostics = diagnostics;
        _baseFolder = baseFolder;
        _reportFolder = reportFolder;
    }

    /// <param name="vocabulary">The chart types and transforms a spec may name (the engine's, handed in by the caller).</param>
    public static ReportSpec? Load(ReportReference reference, string baseFolder, DiagnosticBag diagnostics, SpecVocabulary vocabulary)
    {
        var loader = new ReportLoader(diagnostics, baseFolder, Path.GetDirectoryName(reference.Path)!, vocabulary);
        var root = SpecFile.Load(reference.Path, reference.DisplayPath, diagnostics, reference.Location);
        return root is null ? null : loader.ReadRoot(root);
    }

    private ReportSpec? ReadRoot(SpecNode root)
    {
        var top = new MappingReader(root, _diagnostics, "a report file", "report");
        var node = top.Required("report");
        if (node is null) return null;
        var report = new MappingReader(node, _diagnostics, "the report",
            "id", "title", "subtitle", "generations", "authors", "affiliations", "abstract", "keywords", "parameters", "frames", "sections", "references");
        if (!report.IsValid) return null;

        var frames = new Dictionary<string, DataSpec>(StringComparer.Ordinal);
        if (report.Optional("frames") is { } framesNode)
        {
            if (!framesNode.IsMapping)
                _diagnostics.Error($"'frames' must map frame names to data blocks, found {framesNode.KindName}", framesNode.Location, framesNode.KeyPath);
            foreach (var (name, _, value) in framesNode.Entries())
                if (DataReader.Read(value, _diagnostics, _vocabulary, this.ResolveSql) is { } data)
                    frames[name] = data;
        }

        var id = report.String("id", required: true);
        if (id is not null && !OutputNames.Check(id, report.Optional("id")!, _diagnostics)) id = null;
        return new ReportSpec(
            id ?? "report",
            report.String("title", required: true) ?? "",
            report.String("subtitle"),
            ReadAuthors(report.List("authors")),
            report.StringList("affiliations"),
            report.String("abstract"),
            report.StringList("keywords"),
            ReadParameters(report, out var parameterTypes),
            frames,
            report.List("sections", required: true).Select(ReadSection).OfType<SectionSpec>().ToArray(),
            report.List("references").Select(ReadReference).OfType<ReferenceSpec>().ToArray(),
            _reportFolder,
            root.Location)
        {
            UnreadIds = _unreadIds, Generations = ReadGenerations(report), ParameterTypes = parameterTypes,
            AbstractStart = report.Optional("abstract")?.ContentStart ?? root.Location,
        };
    }

    /// <summary>`name: default`, or `name: { default, type, restricts }` where `restricts` documents (for readers of
    /// the spec) which blocks the parameter narrows. A default must be of the declared type.</summary>
    private Dictionary<string, object?> ReadParameters(MappingReader report, out Dictionary<string, string> types)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        types = new Dictionary<string, string>(StringComparer.Ordinal);
        var node = report.Optional("parameters");
        if (node is null || node.IsNull) return values;
        if (!node.IsMapping)
        {
            _diagnostics.Error($"'parameters' must map names to values, found {node.KindName}", node.Location, node.KeyPath);
            return values;
        }
        foreach (var (name, _, value) in node.Entries())
        {
            if (value.IsScalar)
            {
                values[name] = value.ScalarValue();
                types[name] = ParameterType.Of(values[name]);
                continue;
            }
            var declared = new MappingReader(value, _diagnostics, $"the parameter '{name}'", "default", "type", "restricts");
            if (!declared.IsValid) continue;
            var type = declared.String("type", required: true) ?? ParameterType.Text;
            if (!ParameterType.Names.Contains(type))
            {
                var typeNode = declared.Optional("type")!;
                _diagnostics.Error($"'{type}' is not a parameter type", typeNode.Location, typeNode.KeyPath,
                    Suggestions.DidYouMean(type, ParameterType.Names) ?? $"expected one of: {string.Join(", ", ParameterType.Names)}");
                continue;
            }
            declared.String("restricts");
            var defaultNode = declared.Optional("default");
            var defaultValue = defaultNode is { IsScalar: true } ? defaultNode.ScalarValue() : null;
            if (!ParameterType.TryCoerce(defaultValue, type, out var typed))
                _diagnostics.Error($"the default of '{name}' ({defaultValue}) is not {ParameterType.Describe(type)}", defaultNode!.Location, defaultNode.KeyPath);
            values[name] = typed;
            types[name] = type;
        }
        return values;
    }

    private IReadOnlyList<string> ReadGenerations(MappingReader report)
    {
        var names = report.StringList("generations");
        foreach (var name in names.Where(n => Query.BenchmarkGeneration.Find(n) is null))
        {
            var node = report.Optional("generations")!;
            _diagnostics.Error($"'{name}' is not a leaderboard generation", node.Location, node.KeyPath,
                Suggestions.DidYouMean(name, Query.BenchmarkGeneration.Names) ?? $"expected one of: {string.Join(", ", Query.BenchmarkGeneration.Names)}");
        }
        return names;
    }

    private IReadOnlyList<AuthorSpec> ReadAuthors(IReadOnlyList<SpecNode> items)
    {
        var authors = new List<AuthorSpec>();
        foreach (var item in items)
        {
            if (item.IsScalar)
            {
                authors.Add(new AuthorSpec(item.Text, []));
                continue;
            }
            var author = new MappingReader(item, _diagnostics, "an author", "name", "affiliation");
            var affiliation = author.Optional("affiliation");
            var indexes = affiliation is null ? []
                : affiliation.IsSequence ? affiliation.Items().Select(i => int.TryParse(i.Text, out var n) ? n : 0).ToArray()
                : [int.TryParse(affiliation.Text, out var single) ? single : 0];
            authors.Add(new AuthorSpec(author.String("name", required: true) ?? "", indexes));
        }
        return authors;
    }

    private ReferenceSpec? ReadReference(SpecNode node)
    {
        var reference = new MappingReader(node, _diagnostics, "a reference", "id", "text");
        var id = reference.String("id", required: true);
        var text = reference.String("text", required: true);
        return id is null || text is null ? null : new ReferenceSpec(id, text, node.Location);
    }

    private SectionSpec? ReadSection(SpecNode node)
    {
        var section = new MappingReader(node, _diagnostics, "a section", "id", "title", "blocks", "sections");
        if (!section.IsValid) return null;
        return new SectionSpec(
            section.String("id"),
            section.String("title", required: true) ?? "",
            section.List("blocks").Select(ReadBlock).OfType<BlockSpec>().ToArray(),
            section.List("sections").Select(ReadSection).OfType<SectionSpec>().ToArray(),
            node.Location);
    }

    private static readonly string[] BlockKinds = ["text", "figure", "table", "checks", "include", "page_break"];

    private BlockSpec? ReadBlock(SpecNode node)
    {
        var block = new MappingReader(node, _diagnostics, "a block", BlockKinds);
        if (!block.IsValid) return null;
        var kinds = BlockKinds.Where(block.Has).ToArray();
        if (kinds.Length != 1)
        {
            if (kinds.Length == 0 && block.HasUnknownKeys) return null;
            _diagnostics.Error(kinds.Length == 0
                    ? "a block needs one of: text, figure, table, checks, include, page_break"
                    : $"a block has one kind, found {string.Join(" and ", kinds)}",
                node.Location, node.KeyPath);
            return null;
        }
        var value = block.Optional(kinds[0])!;
        return Remember(value, kinds[0] switch
        {
            "text" => ReadText(value),
            "checks" => ChecksBlockSpec.Read(value, _diagnostics),
            "figure" => FigureReader.Read(value, _diagnostics, _vocabulary, ResolveSql),
            "table" => TableReader.Read(value, _diagnostics, _vocabulary, ResolveSql),
            "page_break" => ReadPageBreak(value),
            _ => ReadInclude(value),
        });
    }

    /// <summary>A block that failed to read still names its id when it can, so prose referring to it reports nothing more.</summary>
    private BlockSpec? Remember(SpecNode value, BlockSpec? read)
    {
        if (read is null && value.IsMapping && value.Entries().FirstOrDefault(e => e.Key == "id").Value is { IsScalar: true } id)
            _unreadIds.Add(id.Text);
        return read;
    }

    private PageBreakSpec? ReadPageBreak(SpecNode node)
    {
        if (node.IsScalar && node.Text == "true") return new PageBreakSpec(node.Location, node.KeyPath);
        _diagnostics.Error($"'page_break' takes the value true, found {(node.IsScalar ? $"'{node.Text}'" : node.KindName)}", node.Location, node.KeyPath,
            "write '- page_break: true' between the blocks that should be on different pages");
        return null;
    }

    private TextBlockSpec? ReadText(SpecNode node)
    {
        if (node.IsScalar) return new TextBlockSpec(node.Text, node.ContentStart, node.KeyPath);
        _diagnostics.Error($"'text' must be a text value (a Scriban template), found {node.KindName}", node.Location, node.KeyPath);
        return null;
    }

    private BlockSpec? ReadInclude(SpecNode node)
    {
        if (!node.IsScalar)
        {
            _diagnostics.Error($"'include' must be a relative path, found {node.KindName}", node.Location, node.KeyPath);
            return null;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(_baseFolder, node.File)))!;
        var path = SpecPaths.ResolveInside(_reportFolder, folder, node.Text, node, _diagnostics, "include");
        if (path is null) return null;
        var root = SpecFile.Load(path, SpecPaths.Display(_baseFolder, path), _diagnostics, node.Location, node.KeyPath);
        if (root is null) return null;
        var file = new MappingReader(root, _diagnostics, "an included file", "figure", "table", "text");
        var kinds = new[] { "figure", "table", "text" }.Where(file.Has).ToArray();
        if (kinds.Length != 1)
        {
            if (file.IsValid && !(kinds.Length == 0 && file.HasUnknownKeys))
                _diagnostics.Error("an included file holds exactly one of: figure, table, text", root.Location, root.KeyPath);
            return null;
        }
        var value = file.Optional(kinds[0])!;
        return Remember(value, kinds[0] switch
        {
            "figure" => FigureReader.Read(value, _diagnostics, _vocabulary, ResolveSql),
            "table" => TableReader.Read(value, _diagnostics, _vocabulary, ResolveSql),
            _ => ReadText(value),
        });
    }

    /// <summary>Reads a .sql file named by a data block, relative to the spec file that names it.</summary>
    private string? ResolveSql(SpecNode node)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(_baseFolder, node.File)))!;
        var path = SpecPaths.ResolveInside(_reportFolder, folder, node.Text, node, _diagnostics, "SQL file");
        if (path is null) return null;
        if (File.Exists(path)) return File.ReadAllText(path);
        _diagnostics.Error($"SQL file '{node.Text}' does not exist", node.Location, node.KeyPath, Suggestions.ForMissingFile(path, node.Text));
        return null;
    }
}
