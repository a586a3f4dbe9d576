namespace HfReports.Ingest.Demo;

/// <summary>
/// Hub rows are produced in creation order, which is random in repository-name order. Inserting
/// them straight into tables keyed by name would touch a random B-tree page per row. Instead
/// they go to unindexed temporary tables (sequential appends) and are copied over once, sorted
/// by key, at the end: much faster for large demos, and the final file is densely packed.
/// </summary>
internal sealed class StagedTables
{
    /// <summary>Target tables in foreign-key order (parents first), with their key for sorting.</summary>
    public static readonly IReadOnlyList<(string Table, string OrderBy)> Tables =
    [
        ("repo_details", "fullname"),
        ("repo_tags", "fullname, position"),
        ("base_model_links", "model, base_model, source"),
        ("dataset_links", "model, dataset, source"),
        ("repo_commits", "fullname"),
        ("commits", "fullname, commit_id"),
        ("commit_authors", "repo, author"),
    ];

    private readonly DemoTarget _target;

    public StagedTables(DemoTarget target)
    {
        _target = target;
        foreach (var (table, _) in Tables)
            target.Execute($"CREATE TEMP TABLE {StageOf(table)} AS SELECT * FROM main.{table} WHERE false");
    }

    public static string StageOf(string table) => "stage_" + table;

    /// <summary>Copies every staged table into the snapshot in key order and drops the stages.</summary>
    public void CopyIntoSnapshot()
    {
        foreach (var (table, orderBy) in Tables)
        {
            _target.Execute($"INSERT INTO main.{table} SELECT * FROM temp.{StageOf(table)} ORDER BY {orderBy}");
            _target.Execute($"DROP TABLE temp.{StageOf(table)}");
        }
    }
}
