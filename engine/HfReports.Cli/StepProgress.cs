using Spectre.Console;

namespace HfReports.Cli;

/// <summary>
/// Live progress on stderr for the snapshot builders (import, demo): one line per step, a bar when the step
/// counts (done of total), a spinner when it does not. Only used on a terminal; stdout stays clean.
/// </summary>
public static class StepProgress
{
    /// <summary>A step's progress: its name, then done of total (total 0: the step does not count).</summary>
    public delegate void Report(string step, long done, long total);

    public static T Run<T>(Func<Report, T> work)
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
                result = work((step, done, total) =>
                {
                    if (step != currentStep)
                    {
                        Finish(current);
                        currentStep = step;
                        current = context.AddTask(Markup.Escape(step), maxValue: Math.Max(1, total));
                        if (total <= 0) current.IsIndeterminate();
                    }
                    if (total > 0) current!.Value = done;
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
