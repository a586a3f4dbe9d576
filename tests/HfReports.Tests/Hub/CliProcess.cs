using System.Diagnostics;

namespace HfReports.Tests.Hub;

/// <summary>Runs the real `hfreports` program in a child process, so a test can kill it or give it environment variables.</summary>
internal sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _stdout;
    private readonly Task<string> _stderr;

    public CliProcess(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(FindProgram());
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("HF_TOKEN");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        _process = Process.Start(start)!;
        _stdout = _process.StandardOutput.ReadToEndAsync();
        _stderr = _process.StandardError.ReadToEndAsync();
    }

    public async Task<(int ExitCode, string Stdout, string Stderr)> WaitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await _process.WaitForExitAsync(timeout.Token);
        return (_process.ExitCode, await _stdout, await _stderr);
    }

    /// <summary>SIGKILL: no cleanup code runs, like a crash or a pulled plug.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>SIGINT, what Ctrl-C sends.</summary>
    public async Task InterruptAsync()
    {
        using var kill = Process.Start("kill", ["-s", "INT", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The CLI built beside the tests (a referenced project), else in its own bin folder.</summary>
    private static string FindProgram()
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
        _process.Dispose();
    }
}
