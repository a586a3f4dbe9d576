using System.Diagnostics;
using System.Runtime.InteropServices;

namespace HfReports.Tests.Hub;

/// <summary>
/// Runs the real `hfreports` program in a child process, so a test can signal or kill it or give it environment
/// variables. The child starts with SIGINT and SIGTERM at their default disposition, as in a terminal: a test suite
/// launched from a non-interactive shell's background job inherits SIGINT ignored, and .NET keeps an inherited
/// ignored signal ignored, so Ctrl-C tests would otherwise see the command run to completion (exit 0).
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private const int SigInt = 2;
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    /// <param name="environment">Variables to set for the child; a null value removes the variable.</param>
    public CliProcess(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("/usr/bin/env")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--default-signal=INT,TERM");
        start.ArgumentList.Add("dotnet");
        start.ArgumentList.Add(FindProgram());
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("HF_TOKEN");
        // No diagnostic pipes and sockets in the temporary folder: a killed child could not remove them.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        _process = Process.Start(start)!;
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
        Exited = _process.WaitForExitAsync();
    }

    /// <summary>Completes when the process has exited, for waiting on "a marker or the end, whichever comes first".</summary>
    public Task Exited { get; }

    /// <summary>Waits for the process to exit; a hang past <paramref name="limit"/> kills it and fails the test.</summary>
    public async Task<(int ExitCode, string Stdout, string Stderr)> WaitAsync(TimeSpan limit)
    {
        if (await Task.WhenAny(Exited, Task.Delay(limit)) != Exited)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail($"hfreports did not exit within {limit.TotalSeconds:0} s; killed. stderr so far:\n{TryRead(_stderr)}");
        }
        await Exited;
        return (_process.ExitCode, await _stdout, await _stderr);
    }

    /// <summary>SIGKILL: no cleanup code runs, like a crash or a pulled plug.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGINT, what Ctrl-C sends; sent directly, so it lands within microseconds of the call.</summary>
    public Task InterruptAsync()
    {
        Assert.False(IgnoresSignal(SigInt), "the child ignores SIGINT, so Ctrl-C cannot be tested");
        if (SendSignal(_process.Id, SigInt) != 0) Assert.Fail($"kill({_process.Id}, SIGINT) failed: errno {Marshal.GetLastPInvokeError()}");
        return Task.CompletedTask;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Whether the running child ignores <paramref name="signal"/> (its SigIgn mask in /proc).</summary>
    private bool IgnoresSignal(int signal)
    {
        try
        {
            var line = File.ReadLines($"/proc/{_process.Id}/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
            return line is not null && (Convert.ToUInt64(line["SigIgn:".Length..].Trim(), 16) & (1UL << (signal - 1))) != 0;
        }
        catch (IOException) { return false; } // already exited
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static string TryRead(Task<string> output) => output.IsCompletedSuccessfully ? output.Result : "(still open)";

    /// <summary>The CLI built beside the tests (a referenced project), else in its own bin folder.</summary>
    internal static string FindProgram()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "hfreports.dll");
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "hfreports.runtimeconfig.json"))) return beside;
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var own = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../engine/HfReports.Cli/bin", configuration, "net10.0/hfreports.dll"));
        return File.Exists(own) ? own : throw new FileNotFoundException("hfreports.dll not found; build the solution first", own);
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
