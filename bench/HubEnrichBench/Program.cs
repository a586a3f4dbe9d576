using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Dapper;
using HfReports.FakeHub;
using HfReports.Ingest.Hub;
using HfReports.Ingest.Snapshot;

// Enriches N synthetic models (default 7,000) from the fake Hub on 127.0.0.1 with a fixed
// latency per response (default 20 ms), at the default concurrency, and prints the wall time.
// Usage: HubEnrichBench [models] [latency-ms] [concurrency]
var models = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 7000;
var latency = TimeSpan.FromMilliseconds(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20);
var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : EnrichmentOptions.DefaultConcurrency;

var random = new Random(42);
var catalog = new FakeHubCatalog { PageSize = 50 };
var ids = Enumerable.Range(0, models).Select(i => $"owner{i % 900}/model-{i:D5}").ToList();
long expectedCommits = 0;
foreach (var id in ids)
{
    // Most repositories have a handful of commits; about one in twenty needs a second page or more.
    var count = random.NextDouble() < 0.05 ? random.Next(51, 160) : random.Next(1, 15);
    expectedCommits += count;
    var commits = Enumerable.Range(0, count).Select(i => (JsonNode)HubShapes.Commit(
        $"{i:x40}", new DateTime(2024, 1, 1).AddHours(-i).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        $"Upload {i}", i % 3 == 0 ? "SFconvertbot" : $"user{random.Next(2000)}"));
    string[] tags = ["transformers", "safetensors", "base_model:mistralai/Mistral-7B-v0.1", "base_model:finetune:mistralai/Mistral-7B-v0.1", "dataset:tatsu-lab/alpaca", "license:apache-2.0"];
    catalog.AddModel(id, HubShapes.ModelInfo(id, tags: tags, cardData: new JsonObject { ["license"] = "apache-2.0", ["base_model"] = "mistralai/Mistral-7B-v0.1" }), commits);
}

var folder = Directory.CreateTempSubdirectory("hfreports-bench-");
var snapshot = Path.Combine(folder.FullName, "snapshot.db");
using (var file = new NewSnapshotFile(snapshot))
{
    using var transaction = file.Connection.BeginTransaction();
    file.Connection.Execute(
        "INSERT INTO imports(import_id, source_name, sha256, format, generation, as_of, imported_at, rows_read, rows_kept) VALUES (1, 'bench', 'bench', 'demo', 'v1', '2024-06-15', '2024-06-15T00:00:00Z', @models, @models)",
        new { models }, transaction);
    file.Connection.Execute(
        "INSERT INTO leaderboard_entries(import_id, fullname, average, submitted_at, is_flagged) VALUES (1, @id, 50, '2024-02-01T00:00:00Z', 0)",
        ids.Select(id => new { id }), transaction);
    transaction.Commit();
    file.Complete();
}

await using var server = await FakeHubServer.StartAsync(catalog.Handle, latency);
Console.WriteLine($"fake Hub at {server.BaseUrl} with {latency.TotalMilliseconds} ms latency; {models:N0} models, {expectedCommits:N0} commits; concurrency {concurrency}");
var clock = Stopwatch.StartNew();
var summary = await EnrichmentRun.RunAsync(snapshot, new HubClientOptions { BaseUrl = server.BaseUrl },
    new EnrichmentOptions { Concurrency = concurrency }, null, CancellationToken.None);
clock.Stop();

var counts = summary.Counts;
Console.WriteLine($"enriched {counts.Done:N0} repositories ({counts.Ok:N0} ok, {counts.Errors:N0} errors), {counts.Commits:N0} commits, {server.Requests.Count:N0} requests");
Console.WriteLine($"wall time {clock.Elapsed.TotalSeconds:N1} s ({counts.Done / clock.Elapsed.TotalSeconds:N0} repositories/s); target < 60 s: {(clock.Elapsed < TimeSpan.FromSeconds(60) && counts.Ok == models ? "met" : "NOT met")}");
folder.Delete(recursive: true);
return counts.Ok == models && counts.Commits == expectedCommits ? 0 : 1;
