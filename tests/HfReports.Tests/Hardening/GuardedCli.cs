using System.Diagnostics;
using System.Globalization;
using HfReports.Tests.Support;

namespace HfReports.Tests.Hardening;

/// <summary>
/// Runs the real command line as a child process under hard limits: `timeout` kills it when it runs past its time
/// (a hang is a result, not a stuck test run), `prlimit` caps its address space, the .NET heap is capped, and
/// GNU time records its peak memory. The result says exactly how the process ended.
/// </summary>
public static class GuardedCli
{
    public const string Prlimit = "/usr/bin/prlimit";
    public const string Timeout = "/usr/bin/timeout";
    public const string GnuTime = "/usr/bin/time";

    /// <summary>Address space the process may map (the runtime reserves far more than it uses).</summary>
    public const long AddressSpaceBytes = 6L * 1024 * 1024 * 1024;

    /// <summary>The managed heap's ceiling.</summary>
    public const long ManagedHeapBytes = 1024L * 1024 * 1024;


    public sealed record Result(int ExitCode, string Output, string Error, long PeakKiB, double Seconds, bool KilledByTimeout)
    {
        /// <summary>Exit codes of a process the runtime or the kernel ended: an abort (134), a kill (137), a crash (139).</summary>
        /// <summary>How long the process ran on after the signal (null: no signal was sent).</summary>
        public double? SecondsAfterSignal { get; init; }

        public bool Crashed => ExitCode is 134 or 137 or 139 || ExitCode < 0;

        public bool HasStackTrace => Error.Contains("   at ", StringComparison.Ordinal) || Error.Contains("Unhandled exception", StringComparison.Ordinal)
            || Output.Contains("   at ", StringComparison.Ordinal);

        public override string ToString() =>
            $"exit {ExitCode}{(KilledByTimeout ? " (killed by timeout)" : "")}, peak {PeakKiB / 1024.0:0} MiB, {Seconds:0.0} s\nstderr:\n{Error}\nstdout:\n{Output}";
    }

    /// <param name="seconds">Past this the process is killed; the result then says so.</param>
    /// <param name="signalOnError">Send SIGTERM once the process has written this to stderr: a readiness marker it
    /// writes after its signal handler is in place (a fixed delay can come before the handler on a loaded machine).</param>
    /// <param name="signalWhen">Send SIGTERM as soon as this holds (polled every 50 ms), to interrupt a given stage.</param>
    public static Result Run(string workingFolder, IEnumerable<string> arguments, int seconds = 90, string? signalOnError = null,
        IReadOnlyDictionary<string, string>? environment = null, Func<bool>? signalWhen = null)
    {
        Requires.Program(Prlimit, "util-linux");
        Requires.Program(Timeout, "coreutils");
        Requires.Program(GnuTime, "time");
        var cli = Path.Combine(AppContext.BaseDirectory, "hfreports.dll");
        var timing = Path.Combine(Path.GetTempPath(), $"hfreports-guard-{Guid.NewGuid():N}.time");
        var start = new ProcessStartInfo(GnuTime)
        {
            WorkingDirectory = workingFolder,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // time -> timeout -> prlimit -> dotnet: SIGTERM to the timeout process is passed on to the command line.
        foreach (var argument in new[] { "-o", timing, "-f", "%M %e", Timeout, "-s", "KILL", seconds.ToString(CultureInfo.InvariantCulture),
                     Prlimit, $"--as={AddressSpaceBytes}", "--", "dotnet", "exec", cli })
            start.ArgumentList.Add(argument);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + ManagedHeapBytes.ToString("x", CultureInfo.InvariantCulture);
        start.Environment["NO_COLOR"] = "1";
        // No diagnostic pipes and sockets in the temporary folder: a child killed at its timeout could not remove them.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment.Remove("SOURCE_DATE_EPOCH");
        if (environment is not null)
            foreach (var (key, value) in environment) start.Environment[key] = value;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var error = signalOnError is null ? process.StandardError.ReadToEndAsync() : ReadErrorAsync(process.StandardError, signalOnError, ready);
        double? signalled = null;
        if (signalOnError is not null)
        {
            // The marker, or the end of stderr (the process ended first: the result shows that it was not signalled).
            if (Task.WaitAny([ready.Task, error], TimeSpan.FromSeconds(seconds)) == 0 && !process.HasExited)
            {
                SignalTheCommandLine(process.Id);
                signalled = clock.Elapsed.TotalSeconds;
            }
        }
        if (signalWhen is not null)
        {
            while (!process.HasExited && !signalWhen() && clock.Elapsed.TotalSeconds < seconds) Thread.Sleep(50);
            if (!process.HasExited)
            {
                SignalTheCommandLine(process.Id);
                signalled = clock.Elapsed.TotalSeconds;
            }
        }
        if (!process.WaitForExit(TimeSpan.FromSeconds(seconds + 30)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the guarded process outlived its own timeout of {seconds} s");
        }
        process.WaitForExit();
        var elapsed = clock.Elapsed.TotalSeconds;
        var afterSignal = elapsed - signalled;
        long peak = 0;
        var killed = process.ExitCode == 137 || process.ExitCode == 124;
        try
        {
            var fields = File.ReadAllLines(timing).Last().Split(' ');
            peak = long.Parse(fields[0], CultureInfo.InvariantCulture);
            elapsed = double.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException or InvalidOperationException)
        {
            // GNU time writes nothing when it is itself killed; the wall clock above stands.
        }
        finally
        {
            File.Delete(timing);
        }
        var result = new Result(process.ExitCode, output.Result, error.Result, peak, elapsed, killed) { SecondsAfterSignal = afterSignal };
        Record(result);
        return result;
    }

    /// <summary>
    /// With HFREPORTS_GUARD_LOG naming a file, each guarded run appends its test, exit code, peak and time there: the
    /// worst case of each hardening class is read from it (the tests bound memory and time but print neither).
    /// </summary>
    private static void Record(Result result)
    {
        if (Environment.GetEnvironmentVariable("HFREPORTS_GUARD_LOG") is not { Length: > 0 } log) return;
        var test = new StackTrace().GetFrames().Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.GetCustomAttributes(false).Any(a => a.GetType().Name.Contains("Fact", StringComparison.Ordinal)
                || a.GetType().Name.Contains("Theory", StringComparison.Ordinal)) == true);
        File.AppendAllText(log, string.Create(CultureInfo.InvariantCulture,
            $"{test?.DeclaringType?.Name}.{test?.Name}\texit {result.ExitCode}\t{result.PeakKiB / 1024.0:0} MiB\t{result.Seconds:0.0} s\n"));
    }

    /// <summary>All of stderr; <paramref name="ready"/> completes once it holds <paramref name="marker"/>.</summary>
    private static async Task<string> ReadErrorAsync(StreamReader reader, string marker, TaskCompletionSource ready)
    {
        var text = new System.Text.StringBuilder();
        while (await reader.ReadLineAsync() is { } line)
        {
            text.Append(line).Append('\n');
            if (line.Contains(marker, StringComparison.Ordinal)) ready.TrySetResult();
        }
        return text.ToString();
    }

    /// <summary>SIGTERM to the `dotnet` process at the bottom of the chain (time -> timeout -> dotnet).</summary>
    private static void SignalTheCommandLine(int root)
    {
        var target = root;
        for (var depth = 0; depth < 3; depth++)
        {
            var children = File.Exists($"/proc/{target}/task/{target}/children")
                ? File.ReadAllText($"/proc/{target}/task/{target}/children").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                : [];
            if (children.Length == 0) break;
            target = int.Parse(children[0], CultureInfo.InvariantCulture);
        }
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", target.ToString(CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
    }
}
