using System.Globalization;
using HfReports.Ingest.Import.Rules;
using nietras.SeparatedValues;

namespace HfReports.Ingest.Import.Formats;

/// <summary>A value parser over one source row; a rule that rejects a value becomes a
/// <see cref="BadRowException"/> naming the line and the column.</summary>
internal delegate T SpanRule<out T>(ReadOnlySpan<char> text);

/// <summary>
/// Typed access to the columns of one CSV row. Texts are trimmed, empty means NULL, and
/// repeated short texts (types, licences, architectures) are shared through the pool so a
/// large file does not hold a million copies of "LlamaForCausalLM".
/// </summary>
internal ref struct RowCursor(SepReader.Row row, int line, TextPool pool)
{
    private readonly SepReader.Row _row = row;

    public int Line { get; } = line;

    public ReadOnlySpan<char> Raw(Column column) => column.IsPresent ? _row[column.Index].Span : [];

    public string? Text(Column column)
    {
        var text = Raw(column).Trim();
        return text.IsEmpty ? null : pool.Get(text);
    }

    public string RequiredText(Column column) =>
        Text(column) ?? throw new BadRowException(Line, column.Header, "expected a value, got nothing");

    public double? Number(Column column)
    {
        var text = Raw(column).Trim();
        if (text.IsEmpty) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        throw new BadRowException(Line, column.Header, $"expected a number, got '{text}'");
    }

    public long? Integer(Column column)
    {
        var value = Number(column);
        if (value is null) return null;
        if (value.Value == Math.Floor(value.Value) && Math.Abs(value.Value) < 1e15) return (long)value.Value;
        throw new BadRowException(Line, column.Header, $"expected a whole number, got '{Raw(column).Trim()}'");
    }

    /// <summary>Applies a normalisation rule to the column's text.</summary>
    public T Apply<T>(Column column, SpanRule<T> rule)
    {
        try { return rule(Raw(column)); }
        catch (FormatException problem) { throw new BadRowException(Line, column.Header, problem.Message); }
    }

    /// <summary>Applies a rule to an already parsed value of the column.</summary>
    public T Check<T, TValue>(Column column, TValue value, Func<TValue, T> rule)
    {
        try { return rule(value); }
        catch (FormatException problem) { throw new BadRowException(Line, column.Header, problem.Message); }
    }

    public double? Score(Column column) => Check(column, Number(column), ScoreRule.Points);

    public double? RawScore(Column column) => Check(column, Number(column), ScoreRule.Raw);

    public string? ModelType(Column column) => Check(column, Text(column), ModelTypeRule.Normalise);
}
