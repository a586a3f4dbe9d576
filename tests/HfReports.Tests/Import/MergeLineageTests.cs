using Dapper;
using HfReports.Ingest.Snapshot;
using HfReports.Tests.Support;
using Microsoft.Data.Sqlite;

namespace HfReports.Tests.Import;

/// <summary>
/// C9 of data/clean.sql on a hand-made snapshot: merges declared by type, flag, name or Hub tag, and
/// every model descending from one through base_model_links, however many links away.
/// </summary>
public sealed class MergeLineageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private readonly string _snapshot;

    public MergeLineageTests()
    {
        _snapshot = Path.Combine(_folder.Path, "lineage.db");
        using var file = new NewSnapshotFile(_snapshot);
        var connection = file.Connection;
        using (var transaction = connection.BeginTransaction())
        {
            connection.Execute(
                """
                INSERT INTO imports(import_id, source_name, sha256, format, generation, as_of, imported_at, rows_read, rows_kept)
                VALUES (1, 'lineage.csv', 'lineage', 'v1-csv', 'v1', '2024-06-15', '2024-06-15T00:00:00Z', 11, 11)
                """, transaction: transaction);
            Entry(connection, transaction, "a/by-type", type: "base merges and moerges");
            Entry(connection, transaction, "a/by-flag", merged: 1);
            Entry(connection, transaction, "a/Model-MERGE-v2");
            Entry(connection, transaction, "a/by-tag");
            Entry(connection, transaction, "a/child-of-tagged-outsider");
            Entry(connection, transaction, "a/child");
            Entry(connection, transaction, "a/grandchild");
            Entry(connection, transaction, "a/great-grandchild");
            Entry(connection, transaction, "a/plain");
            Entry(connection, transaction, "a/child-of-plain");
            Entry(connection, transaction, "a/flagged-merge", merged: 1, flagged: 1);
            Entry(connection, transaction, "a/child-of-flagged");

            // Hub data: tags (one repository tagged 'merge' is not on the leaderboard) and links base -> model.
            foreach (var repo in new[] { "a/by-tag", "x/tagged-outsider" })
            {
                connection.Execute("INSERT INTO repo_details(fullname, status, fetched_at) VALUES (@repo, 'ok', '2024-06-15T00:00:00Z')", new { repo }, transaction);
                connection.Execute("INSERT INTO repo_tags(fullname, position, tag) VALUES (@repo, 0, 'mergekit')", new { repo }, transaction);
            }
            foreach (var (model, baseModel) in new[]
                     {
                         ("a/child", "a/by-type"), ("a/grandchild", "a/child"), ("a/great-grandchild", "a/grandchild"),
                         ("a/child-of-tagged-outsider", "x/tagged-outsider"), ("a/child-of-plain", "a/plain"),
                         ("a/child-of-flagged", "a/flagged-merge"),
                     })
                connection.Execute("INSERT INTO base_model_links(model, base_model, source) VALUES (@model, @baseModel, 'card')",
                    new { model, baseModel }, transaction);
            ModelsTable.Rebuild(connection, transaction);
            transaction.Commit();
        }
        file.Complete();
    }

    private static void Entry(SqliteConnection connection, SqliteTransaction transaction, string fullname,
        string type = "fine-tuned on domain-specific datasets", int merged = 0, int flagged = 0) =>
        connection.Execute(
            """
            INSERT INTO leaderboard_entries(import_id, fullname, model_type, average, submitted_at, is_flagged, is_merged, is_moe, params_b)
            VALUES (1, @fullname, @type, 50, '2024-02-01T00:00:00Z', @flagged, @merged, 0, 7)
            """, new { fullname, type, merged, flagged }, transaction);

    private Dictionary<string, int> Lineage() =>
        SnapshotQueries.Counts(_snapshot, "SELECT fullname, merge_lineage FROM models");

    [Fact]
    public void Merges_declared_by_type_flag_name_or_tag_are_in_the_lineage()
    {
        var lineage = Lineage();
        Assert.Equal(1, lineage["a/by-type"]);
        Assert.Equal(1, lineage["a/by-flag"]);
        Assert.Equal(1, lineage["a/Model-MERGE-v2"]);
        Assert.Equal(1, lineage["a/by-tag"]);
    }

    [Fact]
    public void Descendants_of_a_merge_are_in_the_lineage_however_far_down()
    {
        var lineage = Lineage();
        Assert.Equal(1, lineage["a/child"]);
        Assert.Equal(1, lineage["a/grandchild"]);
        Assert.Equal(1, lineage["a/great-grandchild"]);
        Assert.Equal(1, lineage["a/child-of-tagged-outsider"]);
    }

    [Fact]
    public void Other_models_are_not_even_when_a_flagged_merge_is_their_base()
    {
        var lineage = Lineage();
        Assert.Equal(0, lineage["a/plain"]);
        Assert.Equal(0, lineage["a/child-of-plain"]);
        // The flagged merge is not a model (C3), so the walk does not start from it.
        Assert.False(lineage.ContainsKey("a/flagged-merge"));
        Assert.Equal(0, lineage["a/child-of-flagged"]);
    }

    [Fact]
    public void A_second_rebuild_gives_the_same_rows_and_the_same_indexes()
    {
        static string Rows(SqliteConnection connection) =>
            string.Join("\n", connection.Query<string>("SELECT fullname || '|' || merge_lineage || '|' || rowid FROM models ORDER BY rowid"));
        static List<string> Indexes(SqliteConnection connection) =>
            connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'models' AND sql IS NOT NULL ORDER BY name").ToList();

        using var connection = SnapshotQueries.Open(_snapshot);
        var rows = Rows(connection);
        Assert.Equal(["models_by_average", "models_by_created", "models_by_day", "models_by_license", "models_by_name_rank", "models_by_owner", "models_by_params", "models_by_type"], Indexes(connection));

        using (var transaction = connection.BeginTransaction())
        {
            ModelsTable.Rebuild(connection, transaction);
            transaction.Commit();
        }
        Assert.Equal(rows, Rows(connection));
        Assert.Equal(["models_by_average", "models_by_created", "models_by_day", "models_by_license", "models_by_name_rank", "models_by_owner", "models_by_params", "models_by_type"], Indexes(connection));
    }

    [Fact]
    public void Models_come_in_repository_id_order()
    {
        var names = SnapshotQueries.List<string>(_snapshot, "SELECT fullname FROM models ORDER BY rowid");
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    public void Dispose() => _folder.Dispose();
}
