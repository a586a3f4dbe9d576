using HfReports.Engine.Query;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Build;

/// <summary>
/// Which reports of a manifest a snapshot can build: those serving the generation of the snapshot's import. A v1
/// report on a v2 snapshot would print v1 benchmark names over v2 numbers, so it is never built: when a manifest names
/// editions for both generations, each builds on its own and the others are skipped (and said so); when no report
/// serves the snapshot, that is an error naming the generation.
/// </summary>
internal static class GenerationMatch
{
    public static IReadOnlyList<ReportSpec> Select(IReadOnlyList<ReportSpec> reports, SnapshotIdentity snapshot, DiagnosticBag diagnostics,
        List<string> skipped)
    {
        var generation = snapshot.Import?.Generation;
        var serving = reports.Where(r => r.Serves(generation)).ToArray();
        var described = snapshot.Import?.Benchmarks?.Describe() ?? generation ?? "unknown (the snapshot has no import)";
        if (snapshot.Import is { ImportCount: > 1 } import)
            diagnostics.Warning($"the snapshot holds {import.ImportCount} imports (generations {string.Join(", ", import.Generations)}); this build " +
                $"describes {import.Describe()}", null, null, "build from another import with --import DATE");
        foreach (var report in reports.Where(r => !r.Serves(generation)))
        {
            var serves = string.Join(" and ", report.Generations);
            if (serving.Length > 0)
            {
                skipped.Add($"report '{report.Id}' serves leaderboard {serves}; the snapshot's import is {described}: not built");
                continue;
            }
            diagnostics.Error($"report '{report.Id}' serves leaderboard {serves}, but the snapshot's import is {described}: building it would print " +
                $"{serves} benchmark names and rules over {generation ?? "other"} data", report.Location, "report.generations",
                $"build an edition that serves {generation ?? "this snapshot"} (add it to the manifest's reports), or another snapshot");
        }
        return serving;
    }
}
