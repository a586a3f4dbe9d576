namespace HfReports.Engine.Spec;

/// <summary>Reads a table: id, caption, data and the columns to show.</summary>
internal static class TableReader
{

    public static TableSpec? Read(SpecNode node, DiagnosticBag diagnostics, SpecVocabulary vocabulary, Func<SpecNode, string?> readSqlFile)
    {
        var table = new MappingReader(node, diagnostics, "a table", "id", "caption", "data", "columns", "note", "requires", "placement");
        if (!table.IsValid) return null;
        var id = table.String("id", required: true);
        var caption = table.String("caption", required: true);
        var dataNode = table.Required("data");
        var data = dataNode is null ? null : DataReader.Read(dataNode, diagnostics, vocabulary, readSqlFile);
        var columns = table.List("columns", required: true).Select(c => ReadColumn(c, diagnostics)).OfType<TableColumnSpec>().ToArray();
        if (id is null || caption is null || data is null) return null;
        return new TableSpec(id, caption, data, columns, table.String("note"), node.Location, node.KeyPath)
        {
            Requires = RequirementSpec.Read(table.Optional("requires"), diagnostics),
            Pinned = table.Choice("placement", FigureReader.Placements) == "here",
            Landscape = table.Choice("placement", FigureReader.Placements) == "landscape",
        };
    }

    private static TableColumnSpec? ReadColumn(SpecNode node, DiagnosticBag diagnostics)
    {
        if (node.IsScalar) return new TableColumnSpec(node.Text, node.Text, null, ColumnAlign.Left, node.Location, node.KeyPath);
        var column = new MappingReader(node, diagnostics, "a table column", "field", "title", "format", "align");
        var field = column.String("field", required: true);
        return field is null ? null : new TableColumnSpec(field, column.String("title") ?? field, column.String("format"),
            column.Choice<ColumnAlign>("align") ?? ColumnAlign.Left, node.Location, node.KeyPath);
    }
}
