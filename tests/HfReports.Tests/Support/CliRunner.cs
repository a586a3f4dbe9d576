namespace HfReports.Tests.Support;

/// <summary>Runs the hfreports command line in-process and captures what it prints.</summary>
public static class CliRunner
{
    private static readonly Lock ConsoleGate = new();

    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        // Console redirection is process-wide: serialise runs so parallel tests don't mix their output.
        lock (ConsoleGate)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var (originalOut, originalError) = (Console.Out, Console.Error);
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var code = HfReports.Cli.Program.Main(args);
                return new Result(code, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(originalOut);
                Console.SetError(originalError);
            }
        }
    }
}
