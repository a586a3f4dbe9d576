using System.Globalization;
using System.Numerics;

namespace HfReports.Engine.Query;

/// <summary>
/// Values between the engine and an ADO.NET provider, in SQLite's kinds: what a query returns becomes a long, a double,
/// text, a blob or null, so a frame is typed the same whichever engine computed it; what a spec binds is given as
/// SQLite receives it (dates as ISO text, booleans as 0/1), since the snapshot schema keeps dates as text on every engine.
/// </summary>
internal static class AdoValues
{
    public static object? FromProvider(object? value) => value switch
    {
        null or DBNull => null,
        long or double or string or byte[] => value,
        int or short or sbyte or byte or ushort or uint => Convert.ToInt64(value, CultureInfo.InvariantCulture),
        // Each arm boxed on its own: `c ? (long)x : (double)x` would be a double either way.
        ulong u => u <= long.MaxValue ? (object)(long)u : (double)u,
        bool b => b ? 1L : 0L,
        float f => (double)f,
        // Exact sums and averages (DuckDB's HUGEINT and DECIMAL, PostgreSQL's numeric) as SQLite would give them.
        decimal d => decimal.Truncate(d) == d && d is >= long.MinValue and <= long.MaxValue ? (object)(long)d : (double)d,
        BigInteger big => big >= long.MinValue && big <= long.MaxValue ? (object)(long)big : (double)big,
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset offset => offset.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        TimeOnly clock => clock.ToString("HH:mm:ss", CultureInfo.InvariantCulture),
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        Guid guid => guid.ToString(),
        Stream stream => ReadAll(stream),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static object ToProvider(object? value) => value switch
    {
        null => DBNull.Value,
        long or double or string or byte[] => value,
        int n => (long)n,
        bool b => b ? 1L : 0L,
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    private static byte[] ReadAll(Stream stream)
    {
        using (stream)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }
}
