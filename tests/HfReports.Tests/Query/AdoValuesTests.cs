using System.Numerics;
using HfReports.Engine.Query;

namespace HfReports.Tests.Query;

/// <summary>What DuckDB and PostgreSQL return becomes what SQLite would have returned (a long, a double, text, a blob
/// or null), so a frame is typed alike on every engine; what a spec binds goes in as SQLite takes it. Each expected
/// value is written out by hand.</summary>
public sealed class AdoValuesTests
{
    public static TheoryData<object?, object?> FromProvider() => new()
    {
        { null, null },
        { DBNull.Value, null },
        { 5, 5L },
        { (short)-5, -5L },
        { (byte)5, 5L },
        { 5u, 5L },
        { 7ul, 7L },
        { ulong.MaxValue, 18446744073709551615d },
        { true, 1L },
        { false, 0L },
        { 1.5f, 1.5d },
        { 12m, 12L },
        { 12.5m, 12.5d },
        { 1e20m, 1e20d },
        { new BigInteger(5), 5L },
        { BigInteger.Pow(10, 20), 1e20d },
        { new DateOnly(2024, 1, 2), "2024-01-02" },
        { new DateTime(2024, 1, 2, 3, 4, 5), "2024-01-02 03:04:05" },
        { new DateTime(2024, 1, 2), "2024-01-02 00:00:00" },
        { new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc), "2024-01-02 00:00:00" },
        { new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)), "2024-01-02 01:04:05" },
        { new TimeOnly(3, 4, 5), "03:04:05" },
        { new TimeSpan(1, 2, 3), "01:02:03" },
        { new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"), "0f8fad5b-d9cb-469f-a165-70867728950e" },
        { "text", "text" },
        { 2.25d, 2.25d },
        // The ends of a long stay whole.
        { (ulong)long.MaxValue, long.MaxValue },
        { (decimal)long.MaxValue, long.MaxValue },
        { (decimal)long.MinValue, long.MinValue },
        { new BigInteger(long.MaxValue), long.MaxValue },
        { new BigInteger(long.MinValue), long.MinValue },
    };

    [Theory]
    [MemberData(nameof(FromProvider), DisableDiscoveryEnumeration = true)]
    public void A_provider_value_becomes_the_value_sqlite_would_give(object? value, object? expected) =>
        Assert.Equal(expected, AdoValues.FromProvider(value));

    [Fact]
    public void A_blob_read_as_a_stream_becomes_its_bytes_and_the_stream_is_closed()
    {
        var stream = new MemoryStream([1, 2, 3]);
        Assert.Equal(new byte[] { 1, 2, 3 }, AdoValues.FromProvider(stream));
        Assert.False(stream.CanRead);
    }

    [Fact]
    public void A_bound_value_is_given_as_sqlite_takes_it()
    {
        Assert.Equal(DBNull.Value, AdoValues.ToProvider(null));
        Assert.Equal(5L, AdoValues.ToProvider(5));
        Assert.Equal(1L, AdoValues.ToProvider(true));
        Assert.Equal(0L, AdoValues.ToProvider(false));
        Assert.Equal("2024-01-02 03:04:05.5", AdoValues.ToProvider(new DateTime(2024, 1, 2, 3, 4, 5, 500)));
        Assert.Equal("2024-01-02 00:00:00", AdoValues.ToProvider(new DateTime(2024, 1, 2)));
        Assert.Equal("2024-01-02", AdoValues.ToProvider(new DateOnly(2024, 1, 2)));
        Assert.Equal("x", AdoValues.ToProvider("x"));
        Assert.Equal("0.5", AdoValues.ToProvider(0.5m));
    }
}
