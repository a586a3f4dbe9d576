using System.Globalization;
using Dapper;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Demo;

/// <summary>
/// The concentration the paper states of commit authors and owners (sql/author-shares.sql, sql/owner-shares.sql), which
/// add the largest counts and read the median from the distinct counts instead of ranking everyone: checked against the
/// same facts computed here by sorting every author or owner (the demo), and by hand on small tables where ties at
/// the cut, an odd or an even number of authors, or none at all decide the answer.
/// </summary>
public sealed class ShareQueriesTests(DemoSnapshotFixture demo) : IClassFixture<DemoSnapshotFixture>
{
    private static readonly string AuthorShares = File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("reports", "paper", "sql", "author-shares.sql")));
    private static readonly string OwnerShares = File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("reports", "paper", "sql", "owner-shares.sql")));

    [Fact]
    public void Author_shares_on_the_demo_are_those_of_every_author_sorted()
    {
        using var db = demo.Open();
        var counts = db.Query<long>("SELECT num_of_repos FROM human_authors").ToList();
        Assert.True(counts.Count > 200, $"the demo has {counts.Count} authors");
        Assert.Equal(Expected(counts), Actual(db, AuthorShares));
    }

    [Fact]
    public void Owner_shares_on_the_demo_are_those_of_every_owner_sorted()
    {
        using var db = demo.Open();
        var perOwner = db.Query<string>("SELECT owner FROM models").GroupBy(o => o, StringComparer.Ordinal).Select(g => (long)g.Count()).ToList();
        Assert.True(perOwner.Count > 200, $"the demo has {perOwner.Count} owners");
        var expected = Expected(perOwner);
        Assert.Equal($"{perOwner.Count}|{expected.Split('|')[2]}|{expected.Split('|')[3]}", Actual(db, OwnerShares));
    }

    /// <summary>Worked by hand: n authors, pairs, top-10 and top-200 shares, the lower middle author's count, the mean, the
    /// largest count.</summary>
    [Theory]
    [InlineData(new long[] { 5, 1, 2, 1 }, "4|9|100|100|1|2.3|5")]              // even: the 2nd of 1,1,2,5
    [InlineData(new long[] { 3, 1, 2 }, "3|6|100|100|2|2|3")]                 // odd: the 2nd of 1,2,3
    [InlineData(new long[] { 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4 }, "12|48|83.3|100|4|4|4")] // ties at the cut: ten 4s of 48
    [InlineData(new long[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 30, 20 }, "12|60|96.7|100|1|5|30")] // 30 + 20 + eight 1s of 60
    [InlineData(new long[] { }, "0|0|||||")]
    public void Author_shares_by_hand(long[] counts, string expected)
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        db.Execute("CREATE TABLE human_authors (author TEXT PRIMARY KEY, num_of_repos INTEGER NOT NULL, first_commit TEXT)");
        for (var i = 0; i < counts.Length; i++)
            db.Execute("INSERT INTO human_authors VALUES (@a, @n, NULL)", new { a = $"author{i:D3}", n = counts[i] });
        Assert.Equal(expected, Actual(db, AuthorShares));
        if (counts.Length > 0) Assert.Equal(expected, Expected(counts.ToList()));
    }

    /// <summary>The facts by sorting every count, as the ranked query did: shares of the 10 and 200 first, the
    /// ceil(n/2)-th smallest, the mean and the largest, formatted as the query's row.</summary>
    private static string Expected(List<long> counts)
    {
        var descending = counts.OrderDescending().ToList();
        var ascending = counts.Order().ToList();
        var pairs = counts.Sum();
        string Share(int top) => Math.Round(100.0 * descending.Take(top).Sum() / pairs, 1, MidpointRounding.AwayFromZero).ToString("R", CultureInfo.InvariantCulture);
        var median = ascending[(counts.Count + 1) / 2 - 1];
        var mean = Math.Round(1.0 * pairs / counts.Count, 1, MidpointRounding.AwayFromZero).ToString("R", CultureInfo.InvariantCulture);
        return $"{counts.Count}|{pairs}|{Share(10)}|{Share(200)}|{median}|{mean}|{descending[0]}";
    }

    /// <summary>The row as SQLite returns it, reals in full (an unrounded share would show its every digit).</summary>
    private static string Actual(SqliteConnection db, string sql)
    {
        using var reader = db.ExecuteReader(sql);
        Assert.True(reader.Read());
        return string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? ""
            : reader.GetValue(i) is double d ? d.ToString("R", CultureInfo.InvariantCulture) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)));
    }
}
