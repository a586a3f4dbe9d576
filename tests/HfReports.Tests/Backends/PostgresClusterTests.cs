using HfReports.Tests.Support;

namespace HfReports.Tests.Backends;

/// <summary>The throwaway clusters live in /tmp (outside the suite's own temporary folder); one left by a test process
/// that was killed before it could dispose it is removed by the next suite that starts a cluster.</summary>
public sealed class PostgresClusterTests
{
    [SkippableFact]
    public void A_cluster_left_by_a_process_that_ended_is_deleted_and_one_of_a_running_process_is_kept()
    {
        Requires.That(PostgresCluster.Binaries is not null, "PostgreSQL is not installed (no initdb and pg_ctl); .ci/run installs it");
        var binaries = PostgresCluster.Binaries!;
        var ended = Plant(NoProcessId);
        var running = Plant(Environment.ProcessId);
        try
        {
            PostgresCluster.RemoveClustersOfEndedProcesses(binaries);
            Assert.False(Directory.Exists(ended), $"{ended} was left behind");
            Assert.True(Directory.Exists(running), $"{running} belongs to a running process and was deleted");
        }
        finally
        {
            foreach (var folder in new[] { ended, running })
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A cluster folder as a killed test process leaves it: a data folder whose server's pid file remains.</summary>
    private static string Plant(int processId)
    {
        var folder = Path.Combine("/tmp", $"{PostgresCluster.FolderPrefix}{processId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(folder, "data"));
        File.WriteAllText(Path.Combine(folder, "data", "postmaster.pid"), $"{NoProcessId}\n{folder}/data\n");
        File.WriteAllText(Path.Combine(folder, "server.log"), "");
        return folder;
    }

    /// <summary>Above any process id Linux gives (at most 2^22 - 1), so it never names a live process.</summary>
    private const int NoProcessId = int.MaxValue;
}
