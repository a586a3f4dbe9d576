using System.CommandLine;
using HfReports.Cli.Preview;
using HfReports.Engine.Spec;

namespace HfReports.Cli.Commands;

/// <summary>`hfreports serve`: a live preview. Builds like `build --watch` and serves the HTML report on 127.0.0.1; every
/// save rebuilds and open pages reload (server-sent events); a failed build shows its diagnostics instead of the old report;
/// each figure and table links to the YAML that declares it.</summary>
public static class ServeCommand
{
    public const int DefaultPort = 8040;

    public static Command Create()
    {
        var manifest = new Argument<string>("manifest") { Description = "The manifest file.", DefaultValueFactory = _ => "reports.yaml" };
        var parameters = new Option<string[]>("--param") { Description = "Override a report parameter: --param name=value (repeatable).", AllowMultipleArgumentsPerToken = false };
        var snapshot = new Option<string?>("--snapshot") { Description = "Use this snapshot instead of the manifest's." };
        var port = new Option<int>("--port") { Description = $"The port on 127.0.0.1 (default {DefaultPort}; 0 picks a free one).", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 0 or > 65535)
                result.AddError($"--port {value}: a port is a number from 0 to 65535 (0 picks a free one)");
        });
        var command = new Command("serve", "Preview the reports in the browser (127.0.0.1 only), rebuilt and reloaded on every save.") { manifest, parameters, snapshot, port };
        command.SetAction(parse =>
        {
            if (MissingManifest.Check(parse.GetValue(manifest)!) is { } missing) return missing;
            var run = new BuildCommand.BuildRun(parse.GetValue(manifest)!, parse.GetValue(parameters) ?? [], parse.GetValue(snapshot), null,
                Strict: false, UseCache: true, Parallelism: Environment.ProcessorCount);
            // Ctrl-C or SIGTERM (a script, a process manager) stops the server: a clean exit.
            using var interruption = new Interruption();
            return Run(run, parse.GetValue(port), ConsoleSettings.From(parse), interruption.Token);
        });
        return command;
    }

    /// <param name="started">Called with the address once the server listens (tests use it to find a free port's number).</param>
    /// <returns>0 when stopped; 3 when the port cannot be opened.</returns>
    public static int Run(BuildCommand.BuildRun run, int port, ConsoleSettings settings, CancellationToken stop, Action<Uri>? started = null, TextWriter? log = null)
    {
        log ??= Console.Error;
        var state = new PreviewState();
        using var watcher = new BuildWatcher(run, settings, log);
        watcher.Built += result => state.Update(result, run.LoadManifest(new DiagnosticBag()));
        PreviewServer server;
        try
        {
            server = PreviewServer.StartAsync(state, port, stop).GetAwaiter().GetResult();
        }
        catch (IOException e)
        {
            log.WriteLine($"error: cannot listen on 127.0.0.1:{port}: {e.Message}; choose another port with --port (0 picks a free one)");
            return ExitCodes.Environment;
        }
        try
        {
            if (!settings.Quiet) log.WriteLine($"serving {server.Address} (this machine only; Ctrl-C to stop)");
            started?.Invoke(server.Address);
            return watcher.Run(stop);
        }
        finally
        {
            server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}
