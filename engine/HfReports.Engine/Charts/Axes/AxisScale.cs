using System.Globalization;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Charts;
using HfReports.Engine.Transform;

namespace HfReports.Engine.Charts.Axes;

/// <summary>
/// Turns a column's values into positions along one axis: numbers as they are (log10 on a log
/// scale), dates as OADate, categories as 0, 1, 2, ... in the order they first appear in the
/// frame (so the query's ORDER BY decides the order of bars).
/// </summary>
internal sealed class AxisScale
{
    private readonly Dictionary<string, int> _categoryIndex = new(StringComparer.Ordinal);

    public AxisKind Kind { get; }
    public bool Log { get; }
    public EncodingSpec? Encoding { get; }
    public IReadOnlyList<string> Categories { get; }

    private AxisScale(AxisKind kind, bool log, EncodingSpec? encoding, IReadOnlyList<string> categories)
    {
        Kind = kind;
        Log = log;
        Encoding = encoding;
        Categories = categories;
        for (var i = 0; i < categories.Count; i++) _categoryIndex.TryAdd(categories[i], i);
    }

    /// <summary>A plain number axis for derived values (counts, densities, shares).</summary>
    public static AxisScale Numeric(EncodingSpec? encoding) =>
        new(AxisKind.Number, encoding?.Scale == EncodingScale.Log, encoding, []);

    public static AxisScale ForCategories(EncodingSpec? encoding, IReadOnlyList<string> categories) =>
        new(AxisKind.Category, false, encoding, categories);

    /// <summary>The axis for a column: the declared type wins, else text and booleans are categories, dates are dates.</summary>
    public static AxisScale For(EncodingSpec encoding, FrameColumn column, int maxCategories, ChartContext context)
    {
        // A column with no values at all carries no type (SQLite types it as text); draw it as an empty number axis.
        var empty = column.Values.All(v => v is null);
        var kind = encoding.Type switch
        {
            AxisType.Number => AxisKind.Number,
            AxisType.Date => AxisKind.Date,
            AxisType.Category => AxisKind.Category,
            null when empty => AxisKind.Number,
            null => column.Type switch
            {
                ColumnType.Date => AxisKind.Date,
                ColumnType.Text or ColumnType.Boolean => AxisKind.Category,
                _ => AxisKind.Number,
            },
        };
        if (kind == AxisKind.Date && !empty && column.Type is not (ColumnType.Date or ColumnType.Integer or ColumnType.Real))
            throw context.Error($"'{encoding.Field}' holds {column.Type.ToString().ToLowerInvariant()} values, not dates; a date axis needs a date column", encoding);
        if (kind == AxisKind.Number && !empty && column.Type is ColumnType.Text)
            throw context.Error($"'{encoding.Field}' holds text, not numbers; declare type: category or convert it in the query", encoding);
        if (kind != AxisKind.Category)
            return new AxisScale(kind, encoding.Scale == EncodingScale.Log, encoding, []);
        var categories = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var row = 0; row < column.Count; row++)
            if (seen.Add(CategoryName(column[row]))) categories.Add(CategoryName(column[row]));
        if (categories.Count > maxCategories)
            throw context.Error(
                $"'{encoding.Field}' has {categories.Count} categories, more than the {maxCategories} a chart can show legibly; " +
                "keep the largest and lump the rest into 'Other' in the query or a transform (or raise max_categories)", encoding);
        return new AxisScale(kind, false, encoding, categories);
    }

    public static string CategoryName(object? value) => value switch
    {
        null => "NA",
        DateTime d => ValueParsing.FormatDate(d),
        bool b => b ? "true" : "false",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>The position of a row's value, or null when it cannot be drawn (missing, or not positive on a log scale).</summary>
    public double? Position(FrameColumn column, int row)
    {
        if (Kind == AxisKind.Category)
            return _categoryIndex.TryGetValue(CategoryName(column[row]), out var index) ? index : null;
        return column.AsDouble(row) is { } value ? Map(value) : null;
    }

    /// <summary>A data value (number or OADate) as a plot coordinate.</summary>
    public double? Map(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) return null;
        if (!Log) return value;
        return value > 0 ? Math.Log10(value) : null;
    }

    /// <summary>A position written in the spec (annotations, bounds): a number, a date or a category name.</summary>
    public double? Parse(string text)
    {
        if (Kind == AxisKind.Category)
            return _categoryIndex.TryGetValue(text, out var index) ? index
                : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var position) ? position : null;
        if (ValueParsing.TryParseDate(text, out var date)) return Map(DateNumbers.ToNumber(date));
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? Map(number) : null;
    }

    public static int CompareKeys(object? a, object? b) => GroupKey.CompareValues(a, b);
}
