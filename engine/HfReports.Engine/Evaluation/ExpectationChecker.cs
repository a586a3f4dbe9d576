using System.Globalization;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Transform;

namespace HfReports.Engine.Evaluation;

/// <summary>Evaluates a data block's expectations on its frame. A check that cannot even be evaluated (a column
/// the frame lacks, a row that does not exist) fails with the reason as its actual value.</summary>
internal static class ExpectationChecker
{
    public static ExpectationResult Check(ExpectationSpec spec, Frame frame)
    {
        var (expected, actual, passed) = spec switch
        {
            RowCountExpectation rows => (rows.Expected, Text(frame.RowCount),
                (rows.Min is null || frame.RowCount >= rows.Min) && (rows.Max is null || frame.RowCount <= rows.Max)),
            ValueExpectation value => CheckValue(value, frame),
            UniqueExpectation unique => CheckUnique(unique, frame),
            NotNullExpectation notNull => CheckNotNull(notNull, frame),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec, "unknown expectation"),
        };
        return new ExpectationResult(spec.Label ?? spec.Describe(), expected, actual, passed, spec.Location, spec.KeyPath)
        {
            Numbers = NumbersOf(spec, actual),
            Published = spec.Published,
            Decimals = (spec as ValueExpectation)?.WrittenDecimals,
        };
    }

    private static ExpectedNumbers? NumbersOf(ExpectationSpec spec, string actual)
    {
        double? got = double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
        return spec switch
        {
            RowCountExpectation rows when rows.Min == rows.Max => new ExpectedNumbers(rows.Min, 0, null, null, got),
            RowCountExpectation rows => new ExpectedNumbers(null, null, rows.Min, rows.Max, got),
            ValueExpectation { Min: not null } or ValueExpectation { Max: not null } => new ExpectedNumbers(null, null, ((ValueExpectation)spec).Low, ((ValueExpectation)spec).High, got),
            ValueExpectation { EqualTo: long or double } value => new ExpectedNumbers(Convert.ToDouble(value.EqualTo, CultureInfo.InvariantCulture), value.Tolerance, null, null, got),
            _ => null,
        };
    }

    /// <summary>The columns an expectation needs that the frame lacks, for `check` to report as errors.</summary>
    public static IEnumerable<string> MissingColumns(ExpectationSpec spec, Frame frame)
    {
        IEnumerable<string> needed = spec switch
        {
            ValueExpectation value => [value.Column, .. value.Where.Keys],
            UniqueExpectation unique => unique.Columns,
            NotNullExpectation notNull => notNull.Columns,
            _ => [],
        };
        return needed.Where(name => !frame.Has(name)).Distinct();
    }

    private static (string, string, bool) CheckValue(ValueExpectation spec, Frame frame)
    {
        var expected = spec.Expected;
        if (MissingColumns(spec, frame).FirstOrDefault() is { } missing)
            return (expected, $"no column '{missing}' (the frame has: {string.Join(", ", frame.ColumnNames)})", false);
        var column = frame[spec.Column];
        int row;
        if (spec.Row is { } index)
        {
            if (index < 0 || index >= frame.RowCount) return (expected, $"no row {index} (the frame has {frame.RowCount} rows)", false);
            row = index;
        }
        else
        {
            var matches = Enumerable.Range(0, frame.RowCount).Where(r => spec.Where.All(w => Same(frame[w.Key], r, w.Value))).ToArray();
            if (matches.Length != 1)
                return (expected, spec.Where.Count == 0 ? $"{frame.RowCount} rows (say which with 'row' or 'where')" : $"{matches.Length} matching rows", false);
            row = matches[0];
        }
        var value = column[row];
        var actual = Text(value);
        if (spec.Min is not null || spec.Max is not null)
        {
            var number = column.AsDouble(row);
            return (expected, actual, number is { } n && (spec.Low is null || n >= spec.Low - 1e-9) && (spec.High is null || n <= spec.High + 1e-9));
        }
        if (column.AsDouble(row) is { } cell && spec.EqualTo is long or double && column.Type is ColumnType.Integer or ColumnType.Real)
            return (expected, actual, Math.Abs(cell - Convert.ToDouble(spec.EqualTo, CultureInfo.InvariantCulture)) <= spec.Tolerance + 1e-9);
        return (expected, actual, Same(column, row, spec.EqualTo));
    }

    private static bool Same(FrameColumn column, int row, object? written) =>
        SpecValues.TryConvert(written, column.Type, out var converted) && GroupKey.CompareValues(column[row], converted) == 0;

    private static (string, string, bool) CheckUnique(UniqueExpectation spec, Frame frame)
    {
        if (MissingColumns(spec, frame).FirstOrDefault() is { } missing)
            return ("unique", $"no column '{missing}' (the frame has: {string.Join(", ", frame.ColumnNames)})", false);
        var keys = spec.Columns.Select(c => frame[c]).ToArray();
        var duplicate = Grouping.Rows(frame, keys).FirstOrDefault(g => g.Value.Count > 1);
        return duplicate.Key is null
            ? ("unique", "unique", true)
            : ("unique", $"{string.Join(", ", duplicate.Key.Values.Select(SpecValues.Display))} appears {duplicate.Value.Count} times", false);
    }

    private static (string, string, bool) CheckNotNull(NotNullExpectation spec, Frame frame)
    {
        if (MissingColumns(spec, frame).FirstOrDefault() is { } missing)
            return ("no nulls", $"no column '{missing}' (the frame has: {string.Join(", ", frame.ColumnNames)})", false);
        var nulls = spec.Columns.Select(c => (Name: c, Count: frame[c].Values.Count(v => v is null))).Where(c => c.Count > 0).ToArray();
        return nulls.Length == 0 ? ("no nulls", "no nulls", true)
            : ("no nulls", string.Join(", ", nulls.Select(n => $"{n.Count} null(s) in {n.Name}")), false);
    }

    private static string Text(object? value) => value switch
    {
        double d => d.ToString("0.######", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => SpecValues.Display(value),
    };
}
