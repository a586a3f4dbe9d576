using FsCheck;
using FsCheck.Fluent;
using HfReports.Engine.Frames;

namespace HfReports.Tests.Hardening;

/// <summary>Generators of hostile frame values: NaN, infinities, extremes, calendar edges, control characters,
/// right-to-left and emoji text, long strings, and NULLs of every type.</summary>
internal static class HostileValues
{
    private static readonly string[] Texts =
    [
        "", " ", "plain", "a\u0000b", "bell\u0007", "esc\u001b[31m", "tab\there", "line\nbreak", "\r\n",
        "مرحبا بالعالم", "\u202Etxt.exe", "👩‍👩‍👧‍👦🚀", "Z̴̡͙a̸l̷g̵o", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "\uD800", "<script>alert(1)</script>", "{{ 1 }}",
        "**bold** [link](#x)", new string('w', 5_000), string.Concat(Enumerable.Repeat("word ", 2_000)), "NaN", "-0", "1e308",
    ];

    private static readonly double[] Reals =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.0, -0.0, double.MaxValue, double.MinValue,
        double.Epsilon, 1e-300, 1e300, 0.5, -1, 42, 1_000_000,
    ];

    private static readonly long[] Integers = [0, 1, -1, long.MaxValue, long.MinValue, int.MaxValue, 1_000_000_007];

    private static readonly DateTime[] Dates =
    [
        DateTime.MinValue, DateTime.MaxValue.Date, new(1, 1, 2), new(50, 6, 15), new(99, 12, 31), new(1899, 12, 30), new(1970, 1, 1),
        new(2024, 2, 29), new(2024, 2, 29, 23, 59, 59), new(9999, 12, 31),
    ];

    public static Gen<object?> Of(ColumnType type)
    {
        Gen<object?> value = type switch
        {
            ColumnType.Real => Gen.OneOf(Gen.Elements(Reals), Gen.Choose(-1000, 1000).Select(i => i / 7.0)).Select(v => (object?)v),
            ColumnType.Integer => Gen.OneOf(Gen.Elements(Integers), Gen.Choose(-50, 50).Select(i => (long)i)).Select(v => (object?)v),
            ColumnType.Date => Gen.OneOf(Gen.Elements(Dates), Gen.Choose(0, 3000).Select(d => new DateTime(2020, 1, 1).AddDays(d)))
                .Select(d => (object?)DateTime.SpecifyKind(d, DateTimeKind.Utc)),
            ColumnType.Boolean => Gen.Elements(true, false).Select(b => (object?)b),
            _ => Gen.OneOf(Gen.Elements(Texts), Gen.Elements("a", "b", "c", "d", "e", "f", "g")).Select(s => (object?)s),
        };
        return Gen.Frequency((1, Gen.Constant<object?>(null)), (4, value));
    }

    public static Gen<Frame> Frames() =>
        from columnCount in Gen.Choose(1, 4)
        from rows in Gen.Choose(0, 25)
        from types in Gen.ArrayOf(Gen.Elements(ColumnType.Text, ColumnType.Integer, ColumnType.Real, ColumnType.Date, ColumnType.Boolean), columnCount)
        from columns in Gen.CollectToArray(types.Select((type, i) =>
            Gen.ArrayOf(Of(type), rows).Select(values => new FrameColumn($"c{i}", type, values))))
        select new Frame(columns);
}
