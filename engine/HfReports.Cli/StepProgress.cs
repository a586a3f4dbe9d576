using HfReports.Ingest.Snapshot;
using Spectre.Console;

namespace HfReports.Cli;

/// <summary>
/// Live progress on stderr for the snapshot builders (import, demo): one line per step, a bar when the step
/// counts (done of total), a spinner when it does not. Only used on a terminal; stdout stays clean.
/// </summary>
public static class StepProgress
{
    public static T Run<T>(Func<Action<SnapshotProgress>, T> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                ProgressTask? current = null;
                string? currentStep = null;
                result = work(progress =>
                {
                    if (progress.Step != currentStep)
                    {
                        Finish(current);
                        currentStep = progress.Step;
                        current = context.AddTask(Markup.Escape(progress.Step), maxValue: Math.Max(1, progress.Total));
                        if (progress.Total <= 0) current.IsIndeterminate();
                    }
                    if (progress.Total > 0) current!.Value = progress.Done;
                });
                Finish(current);
            });
        return result;
    }

    private static void Finish(ProgressTask? task)
    {
        if (task is null) return;
        task.IsIndeterminate(false).Value = task.MaxValue;
        task.StopTask();
    }
}
