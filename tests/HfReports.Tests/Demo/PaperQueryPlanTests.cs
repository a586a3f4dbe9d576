using Dapper;
using HfReports.Tests.Support;

namespace HfReports.Tests.Demo;

/// <summary>
/// The paper's SQLite queries that aggregate every model read one narrow index of `models` in its order
/// (data/models-indexes.sql) and never the wide rows: on a million models a table scan, or a lookup into the table
/// for every row an index finds, cost several times as much. SQLite reads an index alone only when the query names
/// no column outside it, and `created_at` only as the indexed day `substr(created_at, 1, 10)`: one stray column
/// sends the query back to the table without changing a result (bench/run.sh --1m shows the time; the plan cannot tell
/// an index on an expression read alone from one read with its rows).
/// </summary>
public sealed class PaperQueryPlanTests(DemoSnapshotFixture demo) : IClassFixture<DemoSnapshotFixture>
{
    [Theory]
    [InlineData("types-per-week.sql", "models_by_day")]
    [InlineData("architectures-per-week.sql", "models_by_day")]
    [InlineData("type-trends.sql", "models_by_day")]
    [InlineData("cumulative-types.sql", "models_by_day")]
    [InlineData("params-per-point.sql", "models_by_day")]
    [InlineData("params-by-architecture.sql", "models_by_params")]
    [InlineData("best-per-size.sql", "models_by_params")]
    [InlineData("downloads-by-size.sql", "models_by_params")]
    [InlineData("size-facts.sql", "models_by_params")]
    [InlineData("download-shares.sql", "models_by_params")]
    [InlineData("licences.sql", "models_by_license")]
    [InlineData("architecture-groups.sql", "models_by_type")]
    public void The_query_reads_its_covering_index_and_never_the_table_row_by_row(string file, string index)
    {
        var sql = File.ReadAllText(RepositoryFiles.PathOf(Path.Combine("reports", "paper", "sql", file)));
        using var connection = demo.Open();
        var plan = connection.Query("EXPLAIN QUERY PLAN " + sql).Select(step => (string)step.detail).ToList();

        Assert.Contains(plan, step => step.StartsWith("S", StringComparison.Ordinal) && step.Contains($" INDEX {index}", StringComparison.Ordinal));
        // Every pass over models (under either of its names) reads a covering index: "SCAN models" reads each wide row,
        // "SCAN/SEARCH models USING INDEX" reads each row from the table as the index finds it. SQLite labels an index on
        // an expression "USING INDEX" even when the query reads only the expression from it, so models_by_day is allowed.
        Assert.All(plan.Where(ReadsModels), step => Assert.True(step.Contains("USING COVERING INDEX", StringComparison.Ordinal)
            || step.Contains("USING INDEX models_by_day", StringComparison.Ordinal) || step.Contains("(average=?)", StringComparison.Ordinal), $"{file}: {step}"));
    }

    /// <summary>A plan step over the models table; best-per-size's lookup of the few models with the best score of a size
    /// (`average=?`) is the one search allowed to read rows.</summary>
    private static bool ReadsModels(string step) =>
        step.Split(' ') is [("SCAN" or "SEARCH"), ("models" or "m"), ..];
}
