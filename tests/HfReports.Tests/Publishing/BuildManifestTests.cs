using System.Security.Cryptography;
using System.Text.Json;
using HfReports.Engine.Build;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Publishing;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Tests.Support;

namespace HfReports.Tests.Publishing;

/// <summary>out/manifest.json: what a build produced (hashes, sizes) and from what (snapshot, sources, engine, parameters).</summary>
public sealed class BuildManifestTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [Fact]
    public void Build_writes_a_manifest_with_every_output_its_hash_and_size()
    {
        var snapshot = PublishingSnapshots.Base(_folder);
        var manifest = TinyReport.Write(_folder, snapshot);
        var output = _folder.File("out");

        var build = CliRunner.Run("build", manifest, "--output", output, "--param", "min_average=55");

        Assert.True(build.ExitCode == 0, build.Error);
        var manifestPath = Path.Combine(output, "manifest.json");
        Assert.Contains("manifest.json", build.Output);
        using var json = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var files = json.RootElement.GetProperty("files").EnumerateArray().ToArray();
        Assert.Equal(["tiny.html", "tiny.pdf"], files.Select(f => f.GetProperty("path").GetString()));
        foreach (var file in files)
        {
            var path = Path.Combine(output, file.GetProperty("path").GetString()!);
            Assert.Equal(Sha256(path), file.GetProperty("sha256").GetString());
            Assert.Equal(new FileInfo(path).Length, file.GetProperty("bytes").GetInt64());
        }
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Manifest_names_the_snapshot_its_sources_the_engine_and_the_parameters()
    {
        var snapshot = PublishingSnapshots.Base(_folder);
        var manifest = TinyReport.Write(_folder, snapshot);
        var output = _folder.File("out");

        Assert.Equal(0, CliRunner.Run("build", manifest, "--output", output, "--param", "min_average=55").ExitCode);

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "manifest.json")));
        var root = json.RootElement;
        Assert.Equal(BuildManifest.Format, root.GetProperty("format").GetString());
        Assert.Equal(EngineVersion.Current.Version, root.GetProperty("engine").GetProperty("version").GetString());
        Assert.Matches("^([0-9a-f]{40}|unknown)$", root.GetProperty("engine").GetProperty("commit").GetString());

        var snapshotPart = root.GetProperty("snapshot");
        Assert.Equal("base.db", snapshotPart.GetProperty("file").GetString());
        Assert.Equal(Sha256(snapshot), snapshotPart.GetProperty("sha256").GetString());
        Assert.Equal("2024-07-01T00:00:00Z", snapshotPart.GetProperty("meta").GetProperty("created_at").GetString());
        var source = Assert.Single(snapshotPart.GetProperty("sources").EnumerateArray());
        Assert.Equal("small_2024-07-01.csv", source.GetProperty("source_name").GetString());
        Assert.Equal(Sha256(_folder.File("small_2024-07-01.csv")), source.GetProperty("sha256").GetString());
        Assert.Equal("2024-07-01", source.GetProperty("as_of").GetString());

        var report = Assert.Single(root.GetProperty("reports").EnumerateArray());
        Assert.Equal("tiny", report.GetProperty("id").GetString());
        Assert.Equal(55, report.GetProperty("parameters").GetProperty("min_average").GetInt64());
        Assert.Empty(root.GetProperty("warnings").EnumerateArray());
        Assert.Empty(root.GetProperty("expectations").EnumerateArray());
    }

    [Fact]
    public void Manifest_holds_no_absolute_path_and_its_keys_are_sorted()
    {
        var snapshot = PublishingSnapshots.Base(_folder);
        var output = _folder.File("out");
        Assert.Equal(0, CliRunner.Run("build", TinyReport.Write(_folder, snapshot), "--output", output).ExitCode);

        var text = File.ReadAllText(Path.Combine(output, "manifest.json"));
        Assert.DoesNotContain(_folder.Path, text);
        Assert.DoesNotContain("\r", text);
        using var json = JsonDocument.Parse(text);
        AssertSortedKeys(json.RootElement);
    }

    [Fact]
    public void Warnings_and_expectation_results_go_into_the_manifest_but_errors_do_not()
    {
        var snapshot = PublishingSnapshots.Base(_folder);
        var output = Directory.CreateDirectory(_folder.File("out")).FullName;
        var pdf = _folder.Write("out/r.pdf", "%PDF-1.7 stand-in");
        var report = new ReportSpec("r", "R", null, [], [], null, [], new Dictionary<string, object?> { ["since"] = new DateTime(2023, 1, 1) },
            new Dictionary<string, DataSpec>(), [], [], _folder.Path, new SourceLocation("r.yaml", 1, 1));
        Diagnostic[] diagnostics =
        [
            new(Severity.Warning, "few rows", new SourceLocation("r.yaml", 4, 7), "report.sections[0]", "add data"),
            new(Severity.Error, "not a warning", null),
        ];
        using var database = SnapshotDatabase.OpenReadOnly(snapshot);

        var manifest = BuildManifest.Create(output, [report], BuildOptions.Default.ParameterOverrides, database, [pdf], diagnostics,
            [new ExpectationResult("models at row 0", ">= 3", "4", true, new SourceLocation("r.yaml", 9, 5), "report.frames.totals.expect[0]")]);
        using var json = JsonDocument.Parse(File.ReadAllText(BuildManifestJson.Write(output, manifest)));

        var warning = Assert.Single(json.RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("warning", warning.GetProperty("severity").GetString());
        Assert.Equal("few rows", warning.GetProperty("message").GetString());
        Assert.Equal("r.yaml", warning.GetProperty("file").GetString());
        Assert.Equal(4, warning.GetProperty("line").GetInt32());
        Assert.Equal(7, warning.GetProperty("column").GetInt32());
        Assert.Equal("report.sections[0]", warning.GetProperty("key").GetString());
        Assert.Equal("add data", warning.GetProperty("suggestion").GetString());
        var expectation = Assert.Single(json.RootElement.GetProperty("expectations").EnumerateArray());
        Assert.True(expectation.GetProperty("passed").GetBoolean());
        Assert.Equal(("models at row 0", ">= 3", "4", 9), (expectation.GetProperty("description").GetString(), expectation.GetProperty("expected").GetString(),
            expectation.GetProperty("actual").GetString(), expectation.GetProperty("line").GetInt32()));
        Assert.Equal("2023-01-01", json.RootElement.GetProperty("reports")[0].GetProperty("parameters").GetProperty("since").GetString());
    }

    [Fact]
    public void A_build_with_errors_writes_no_manifest()
    {
        var snapshot = PublishingSnapshots.Base(_folder);
        var output = _folder.File("out");

        var build = CliRunner.Run("build", TinyReport.Write(_folder, snapshot, query: "select nothing from nowhere"), "--output", output);

        Assert.Equal(1, build.ExitCode);
        Assert.False(File.Exists(Path.Combine(output, "manifest.json")));
    }

    private static void AssertSortedKeys(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var keys = element.EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
            foreach (var property in element.EnumerateObject()) AssertSortedKeys(property.Value);
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) AssertSortedKeys(item);
        }
    }

    public void Dispose() => _folder.Dispose();
}
