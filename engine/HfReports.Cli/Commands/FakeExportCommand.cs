using System.CommandLine;
using HfReports.Ingest.Import;

namespace HfReports.Cli.Commands;

/// <summary>
/// `hfreports snapshot fake-export` (hidden): writes a synthetic v1-shaped export for the import
/// benchmark (bench/import-benchmark.sh). Not for papers: the data is random.
/// </summary>
public static class FakeExportCommand
{
    public static Command Create()
    {
        var rows = new Option<int>("--rows") { Description = "Number of data rows.", DefaultValueFactory = _ => 1_000_000 };
        var output = new Option<string>("--out") { Description = "Where to write the CSV.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 42 };
        var command = new Command("fake-export", "Write a synthetic v1-shaped leaderboard CSV (benchmark input).")
        {
            rows, output, seed,
        };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var count = parse.GetValue(rows);
            if (count < 1)
            {
                Console.Error.WriteLine($"error: --rows must be at least 1 (got {count})");
                return ExitCodes.Usage;
            }
            var path = parse.GetValue(output)!;
            SyntheticV1Export.Write(path, count, parse.GetValue(seed));
            if (!ConsoleSettings.From(parse).Quiet) Console.WriteLine($"wrote {path}: {count:N0} synthetic v1 rows");
            return ExitCodes.Success;
        });
        return command;
    }
}
