namespace HfReports.Engine.Spec;

/// <summary>Reads one item of a data block's `expect:` list: a mapping with one key, the kind of check.</summary>
internal static class ExpectationReader
{
    public static readonly string[] Kinds = ["row_count", "value", "unique", "not_null"];

    public static ExpectationSpec? Read(SpecNode node, DiagnosticBag diagnostics)
    {
        if (!node.IsMapping || node.Entries().Count() != 1)
        {
            diagnostics.Error($"an expectation is a mapping with one key, the kind of check ({string.Join(", ", Kinds)}); found {node.KindName}",
                node.Location, node.KeyPath);
            return null;
        }
        var (kind, keyNode, value) = node.Entries().Single();
        switch (kind)
        {
            case "row_count": return ReadRowCount(value, diagnostics);
            case "value": return ReadValue(value, diagnostics);
            case "unique":
            case "not_null": return ReadColumns(kind, value, diagnostics);
            default:
                diagnostics.Error($"unknown expectation '{kind}'", keyNode.Location, keyNode.KeyPath,
                    Suggestions.DidYouMean(kind, Kinds) ?? $"expected one of: {string.Join(", ", Kinds)}");
                return null;
        }
    }

    private static ExpectationSpec? ReadRowCount(SpecNode node, DiagnosticBag diagnostics)
    {
        if (node.IsScalar && node.ScalarValue() is long exact)
            return new RowCountExpectation(exact, exact, null, node.Location, node.KeyPath);
        var args = new MappingReader(node, diagnostics, "the 'row_count' expectation (a number, or min and max)", "min", "max", "label", "published");
        if (!args.IsValid) return null;
        var min = args.Integer("min");
        var max = args.Integer("max");
        if (min is null && max is null)
        {
            if (args.HasUnknownKeys) return null;
            diagnostics.Error("the 'row_count' expectation needs min, max or both", node.Location, node.KeyPath);
            return null;
        }
        return new RowCountExpectation(min, max, args.String("label"), node.Location, node.KeyPath) { Published = Published(args, diagnostics) };
    }

    private static ExpectationSpec? ReadValue(SpecNode node, DiagnosticBag diagnostics)
    {
        var args = new MappingReader(node, diagnostics, "the 'value' expectation", "column", "row", "where", "equals", "tolerance", "min", "max", "label", "published");
        if (!args.IsValid) return null;
        var column = args.String("column", required: true);
        var row = args.Integer("row");
        var where = args.ScalarMap("where");
        if (row is not null && args.Has("where"))
            diagnostics.Error("the 'value' expectation picks its row by 'row' or by 'where', not both", node.Location, node.KeyPath);
        var equalTo = args.Scalar("equals", out var hasEquals);
        var min = args.Number("min");
        var max = args.Number("max");
        var (tolerance, relative) = Tolerance(args, equalTo ?? min ?? max, diagnostics);
        if (hasEquals == (min is not null || max is not null))
        {
            if (!hasEquals && args.HasUnknownKeys) return null;
            diagnostics.Error(hasEquals
                ? "the 'value' expectation takes 'equals' or a range (min, max), not both"
                : "the 'value' expectation needs 'equals' (with an optional tolerance) or a range (min, max)", node.Location, node.KeyPath);
            return null;
        }
        if (tolerance is < 0)
            diagnostics.Error($"'tolerance' must be 0 or more, found {tolerance}", args.Optional("tolerance")!.Location, args.Optional("tolerance")!.KeyPath);
        return column is null ? null
            : new ValueExpectation(column, row, where, equalTo, tolerance ?? 0, min, max, args.String("label"), node.Location, node.KeyPath)
            {
                RelativePercent = relative,
                EqualToAsWritten = equalTo is double ? args.Optional("equals")!.Text.Trim() : null,
                Published = Published(args, diagnostics),
            };
    }

    /// <summary>`tolerance: 1.5` (absolute) or `tolerance: "10%"` (relative to `equals`, so a small category gets a
    /// small tolerance: 10% of 21 is 2.1, where an absolute 1.5 points of share could never fail for it). With a range,
    /// the tolerance widens each bound (a relative one by that share of the bound itself): a published "more than 200"
    /// checked on an export some days from the paper's scrape.</summary>
    private static (double? Absolute, double? Percent) Tolerance(MappingReader args, object? reference, DiagnosticBag diagnostics)
    {
        var node = args.Optional("tolerance");
        if (node is null || !node.IsScalar || !node.Text.TrimEnd().EndsWith('%')) return (args.Number("tolerance"), null);
        var text = node.Text.Trim().TrimEnd('%').Trim();
        if (!double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var percent) || percent < 0)
        {
            diagnostics.Error($"'tolerance' must be a number or a percentage like \"10%\", found '{node.Text}'", node.Location, node.KeyPath);
            return (null, null);
        }
        if (reference is not (long or double))
        {
            diagnostics.Error("a relative 'tolerance' needs a number in 'equals' (or a range: min, max)", node.Location, node.KeyPath);
            return (null, null);
        }
        return (Math.Abs(Convert.ToDouble(reference, System.Globalization.CultureInfo.InvariantCulture)) * percent / 100, percent);
    }

    /// <summary>`published: "Table 5"`: where the paper prints the number; must say where, never be empty.</summary>
    private static string? Published(MappingReader args, DiagnosticBag diagnostics)
    {
        var node = args.Optional("published");
        if (node is null) return null;
        if (node.IsScalar && !string.IsNullOrWhiteSpace(node.Text)) return node.Text.Trim();
        diagnostics.Error("'published' says where the paper prints the number (\"Table 5\", \"Section 3.2\", \"Figure 6 text\")",
            node.Location, node.KeyPath);
        return null;
    }

    private static ExpectationSpec? ReadColumns(string kind, SpecNode node, DiagnosticBag diagnostics)
    {
        if (node.IsMapping)
        {
            // `unique: { columns: [a, b], label: "..." }`: the long form, with the reader's words for the check.
            var args = new MappingReader(node, diagnostics, $"the '{kind}' expectation", "columns", "label");
            var columnsNode = args.Required("columns");
            if (columnsNode is null || ReadColumns(kind, columnsNode, diagnostics) is not { } inner) return null;
            return inner with { Label = args.String("label") };
        }
        if (node.IsScalar && !node.IsNull)
            return kind == "unique"
                ? new UniqueExpectation([node.Text], null, node.Location, node.KeyPath)
                : new NotNullExpectation([node.Text], null, node.Location, node.KeyPath);
        if (!node.IsSequence || node.Items().Any(i => !i.IsScalar) || !node.Items().Any())
        {
            diagnostics.Error($"the '{kind}' expectation takes a column name or a list of them, found {node.KindName}", node.Location, node.KeyPath);
            return null;
        }
        var columns = node.Items().Select(i => i.Text).ToArray();
        return kind == "unique"
            ? new UniqueExpectation(columns, null, node.Location, node.KeyPath)
            : new NotNullExpectation(columns, null, node.Location, node.KeyPath);
    }
}
