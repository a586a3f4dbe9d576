using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace HfReports.Engine.Build;

/// <summary>
/// Where a build spends its time, by stage (specs, SQL, transforms, chart layout, SVG, PDF layout, drawing and
/// finishing, HTML, manifest), for `build --verbose`. Each stage sums the time of its spans on every thread, so stages
/// that run concurrently can add up to more than the wall time. Each span also takes its thread's CPU time (Linux),
/// which a busy shared machine distorts far less than the wall time. Off unless <see cref="Enabled"/>: a span then
/// costs one branch.
/// </summary>
public static class BuildProfile
{
    private static readonly ConcurrentDictionary<string, Stage> Stages = new();

    private sealed class Stage
    {
        public long Ticks;
        public long CpuNanoseconds;
        public int Count;
        public int Order;
    }

    public static bool Enabled { get; set; }

    /// <summary>Times the stage until the returned span is disposed.</summary>
    internal static Span Measure(string stage) => Enabled ? new(stage, Stopwatch.GetTimestamp(), ThreadCpuNanoseconds()) : default;

    /// <summary>Records time measured elsewhere.</summary>
    internal static void Add(string stage, TimeSpan elapsed, long cpuNanoseconds = 0)
    {
        if (!Enabled) return;
        var entry = Stages.GetOrAdd(stage, _ => new Stage { Order = Stages.Count });
        Interlocked.Add(ref entry.Ticks, (long)(elapsed.TotalSeconds * Stopwatch.Frequency));
        Interlocked.Add(ref entry.CpuNanoseconds, cpuNanoseconds);
        Interlocked.Increment(ref entry.Count);
    }

    public static void Reset() => Stages.Clear();

    /// <summary>The stages in the order they first ran: name, summed wall time, summed thread CPU time, number of spans.
    /// Read from a snapshot of the stages: another build in the process (tests run several at once) may add one meanwhile.</summary>
    public static IReadOnlyList<(string Stage, TimeSpan Time, TimeSpan Cpu, int Count)> Items() =>
        Stages.ToArray().OrderBy(s => s.Value.Order)
            .Select(s => (s.Key, TimeSpan.FromSeconds((double)Interlocked.Read(ref s.Value.Ticks) / Stopwatch.Frequency),
                TimeSpan.FromTicks(Interlocked.Read(ref s.Value.CpuNanoseconds) / 100), s.Value.Count))
            .ToArray();

    internal readonly struct Span(string? stage, long start, long cpuStart) : IDisposable
    {
        public void Dispose()
        {
            if (stage is not null) Add(stage, Stopwatch.GetElapsedTime(start), ThreadCpuNanoseconds() - cpuStart);
        }
    }

    /// <summary>The calling thread's CPU time in nanoseconds (0 where the platform does not say).</summary>
    private static long ThreadCpuNanoseconds()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        return ClockGetTime(ThreadCpuClock, out var time) == 0 ? time.Seconds * 1_000_000_000 + time.Nanoseconds : 0;
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
