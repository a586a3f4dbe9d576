using System.Diagnostics;

namespace HfReports.Tests.Support;

/// <summary>
/// The suite points TMPDIR at its own folder (<see cref="SuiteTempRoot"/>), so a command that ignored TMPDIR and
/// wrote into /tmp directly would go unnoticed there, and the shared /tmp cannot be watched (other programs write
/// into it all the time). So the commands run here as a user runs them, with no TMPDIR, in a private mount
/// namespace whose /tmp is a fresh, empty tmpfs: whatever is left in it afterwards was left by hfreports.
/// </summary>
public sealed class SystemTempFolderTests : IDisposable
{
    private readonly TempFolder _work = new();

    [SkippableFact]
    public void Commands_run_without_TMPDIR_leave_nothing_in_tmp()
    {
        var unshare = Requires.Program("unshare", "util-linux");
        Requires.That(CanMountPrivately(unshare), "unshare --mount needs root (CAP_SYS_ADMIN) to give the commands a private /tmp");
        var cli = Hub.CliProcess.FindProgram();
        // The real /tmp stays reachable under /mnt (the CLI or this folder may live in it), the new one is empty.
        var script = string.Join('\n',
            "set -e",
            "mount --bind /tmp /mnt",
            "mount -t tmpfs tmpfs /tmp",
            $"cli={Quote(Seen(cli))}",
            $"cd {Quote(Seen(_work.Path))}",
            "dotnet \"$cli\" snapshot demo --out demo.db --models 100",
            "dotnet \"$cli\" init project",
            "cd project",
            "dotnet \"$cli\" check --snapshot ../demo.db",
            "dotnet \"$cli\" build --snapshot ../demo.db",
            "dotnet \"$cli\" build --snapshot ../demo.db --no-cache --format json",
            "dotnet \"$cli\" diff ../demo.db ../demo.db",
            "echo '--- left in /tmp:'",
            "find /tmp -mindepth 1");
        var (code, output, error) = Run(unshare, ["--mount", "--propagation", "private", "sh", "-c", script]);
        Assert.True(code == 0, $"the commands failed (exit {code}):\n{error}");
        var left = output[(output.LastIndexOf("--- left in /tmp:", StringComparison.Ordinal) + "--- left in /tmp:".Length)..].Trim();
        Assert.True(left.Length == 0, $"hfreports left files in /tmp:\n{left}");
        Assert.True(File.Exists(Path.Combine(_work.Path, "project", "out", "report.pdf")), "the build wrote no PDF:\n" + output);
    }

    /// <summary>A path as the script sees it once the real /tmp is under /mnt.</summary>
    private static string Seen(string path) =>
        path.StartsWith("/tmp/", StringComparison.Ordinal) ? "/mnt/" + path["/tmp/".Length..] : path;

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static bool CanMountPrivately(string unshare) =>
        Directory.Exists("/mnt") && Run(unshare, ["--mount", "--propagation", "private", "sh", "-c", "mount -t tmpfs tmpfs /mnt"]).Code == 0;

    private static (int Code, string Output, string Error) Run(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment.Remove("TMPDIR"); // as a user runs it: .NET, SQLite and everything else default to /tmp
        start.Environment.Remove("HF_TOKEN");
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the commands did not finish within 10 minutes");
        }
        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }

    public void Dispose() => _work.Dispose();
}
