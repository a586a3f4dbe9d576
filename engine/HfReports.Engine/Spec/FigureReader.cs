namespace HfReports.Engine.Spec;

/// <summary>Reads a figure: id, title, caption, data, and a chart or a list of panels.</summary>
internal static class FigureReader
{
    /// <summary>
    /// `float` (the default: to the top of the next page when it does not fit), `here` (pinned in the text) or
    /// `landscape` (a page of its own, turned landscape, for wide figures and tables).
    /// </summary>
    public static readonly string[] Placements = ["float", "here", "landscape"];

    public static FigureSpec? Read(SpecNode node, DiagnosticBag diagnostics, SpecVocabulary vocabulary, Func<SpecNode, string?> readSqlFile)
    {
        var figure = new MappingReader(node, diagnostics, "a figure", "id", "title", "caption", "data", "chart", "panels", "width", "height", "requires", "placement");
        if (!figure.IsValid) return null;
        var id = figure.String("id", required: true);
        var caption = figure.String("caption", required: true);
        var dataNode = figure.Required("data");
        var data = dataNode is null ? null : DataReader.Read(dataNode, diagnostics, vocabulary, readSqlFile);

        var panels = new List<ChartSpec>();
        if (figure.Has("chart") == figure.Has("panels"))
        {
            if (figure.Has("chart") || !figure.HasUnknownKeys)
                diagnostics.Error("a figure needs either 'chart' (one panel) or 'panels' (several), not both", node.Location, node.KeyPath);
        }
        else if (figure.Optional("chart") is { } chart)
        {
            if (ChartReader.Read(chart, diagnostics, vocabulary, readSqlFile) is { } single) panels.Add(single);
        }
        else
            panels.AddRange(figure.List("panels").Select(p => ChartReader.Read(p, diagnostics, vocabulary, readSqlFile)).OfType<ChartSpec>());

        if (id is null || caption is null || data is null || panels.Count == 0) return null;
        return new FigureSpec(id, figure.String("title"), caption, data, panels,
            figure.NumberWithin("width", SpecLimits.MinFigureInches, SpecLimits.MaxFigureInches, " inches") ?? 6.3,
            figure.NumberWithin("height", SpecLimits.MinFigureInches, SpecLimits.MaxFigureInches, " inches") ?? 3.4, node.Location, node.KeyPath)
        {
            Requires = RequirementSpec.Read(figure.Optional("requires"), diagnostics),
            Pinned = figure.Choice("placement", Placements) == "here",
            Landscape = figure.Choice("placement", Placements) == "landscape",
        };
    }
}
