using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace HfReports.Tests.Backends;

/// <summary>
/// A throwaway PostgreSQL cluster for the suite: initdb in a temporary folder, a server on a free loopback port, stopped
/// and deleted on dispose (even when a test failed). initdb refuses to run as root, so as root the cluster belongs to
/// 'nobody' (setpriv drops to it). Where PostgreSQL is not installed the tests skip saying so, except under CI=true,
/// where .ci/run installs it and a cluster that cannot start fails them.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    public const string Owner = "reports";
    public const string Database = "hub";

    /// <summary>Why the cluster is not there; null when it runs.</summary>
    public string? Problem { get; }

    public int Port { get; }
    private readonly string? _folder;
    private readonly string? _bin;

    /// <summary>The database as a location, for a role (the owner writes snapshots; builds use a SELECT-only role).</summary>
    public string Location(string role = Owner, string database = Database) => $"postgres://{role}@127.0.0.1:{Port}/{database}";

    /// <summary>The folder of initdb and pg_ctl; null where PostgreSQL is not installed.</summary>
    public static string? Binaries { get; } =
        new[] { "/usr/local/bin" }.Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").Order().Reverse().Select(d => Path.Combine(d, "bin")) : [])
            .FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")));

    public PostgresCluster()
    {
        _bin = Binaries;
        if (_bin is null)
        {
            Problem = "PostgreSQL is not installed (no initdb and pg_ctl in /usr/local/bin or /usr/lib/postgresql/*/bin); .ci/run installs it";
            return;
        }
        RemoveClustersOfEndedProcesses(_bin);
        _folder = Path.Combine("/tmp", $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(_folder);
            if (Environment.IsPrivilegedProcess) Run("chown", ["nobody:nogroup", _folder], asNobody: false);
            Port = FreePort();
            Run(Path.Combine(_bin, "initdb"), ["-D", Path.Combine(_folder, "data"), "-U", Owner, "--auth=trust", "-E", "UTF8", "--no-locale"]);
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "120",
                "-o", $"-c listen_addresses=127.0.0.1 -p {Port} -k {_folder} -c fsync=off", "start"]);
            CreateDatabase(Database);
        }
        catch (Exception e)
        {
            Problem = $"a throwaway PostgreSQL cluster could not start: {e.Message}";
            Dispose();
        }
    }

    /// <summary>Creates another empty database owned by the owner (a second snapshot beside the first).</summary>
    public void CreateDatabase(string name)
    {
        using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username={Owner};Database=postgres;Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {name}";
        command.ExecuteNonQuery();
    }

    /// <summary>Runs SQL as the owner on the snapshot database.</summary>
    public void Execute(string sql)
    {
        using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={Port};Username={Owner};Database={Database};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    internal const string FolderPrefix = "hfreports-pg-";

    /// <summary>
    /// Stops and deletes the clusters of test processes that ended without disposing theirs (a test host killed on a
    /// timeout, as mutation testing does): their folders live in /tmp, outside the suite's own temporary folder.
    /// </summary>
    internal static void RemoveClustersOfEndedProcesses(string bin)
    {
        foreach (var folder in Directory.GetDirectories("/tmp", FolderPrefix + "*"))
        {
            var owner = Path.GetFileName(folder)[FolderPrefix.Length..].Split('-')[0];
            if (!int.TryParse(owner, out var processId) || IsRunning(processId)) continue;
            // Best effort: a cluster that cannot be stopped or deleted now is tried again by the next suite.
            try
            {
                if (ServerRuns(folder)) Stop(bin, folder);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
            }
            // Another suite (or another test class of this one) may be deleting it at the same moment, and each then
            // trips over what the other removed: try again while it is there.
            for (var attempt = 0; attempt < 3 && Directory.Exists(folder); attempt++)
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
    }

    private static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Whether the server a pid file names still runs in this folder: a postgres process whose command line
    /// names the folder's data (the pid of a stale file may belong to another process since).</summary>
    private static bool ServerRuns(string folder)
    {
        var data = Path.Combine(folder, "data");
        try
        {
            var processId = File.ReadLines(Path.Combine(data, "postmaster.pid")).First().Trim();
            var command = File.ReadAllText($"/proc/{processId}/cmdline");
            return command.Contains("postgres", StringComparison.Ordinal) && command.Contains(data, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Stops the cluster's server if its pid file says one may run (immediately: the data is thrown away).</summary>
    private static void Stop(string bin, string folder)
    {
        if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
            Run(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop"]);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string program, string[] arguments, bool asNobody = true)
    {
        var info = new ProcessStartInfo { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (asNobody && Environment.IsPrivilegedProcess)
        {
            info.FileName = "setpriv";
            foreach (var a in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", program }) info.ArgumentList.Add(a);
        }
        else info.FileName = program;
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{Path.GetFileName(program)} did not finish within 3 minutes");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited {process.ExitCode}: {error.Result.Trim()} {output.Result.Trim()}");
    }

    public void Dispose()
    {
        if (_folder is null || !Directory.Exists(_folder)) return;
        try
        {
            Stop(_bin!, _folder);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
