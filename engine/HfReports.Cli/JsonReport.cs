using System.Text.Json;
using HfReports.Engine.Build;
using HfReports.Engine.Spec;

namespace HfReports.Cli;

/// <summary>
/// The machine-readable result of a command (`--format json`), one JSON document on stdout:
/// {command, exit_code, success, errors, warnings, diagnostics[{severity,message,file,line,column,key,suggestion}],
/// outputs[{path,sha256,bytes}], expectations[{description,expected,actual,passed,file,line,key}]}. Shared by `build`, `check` and `diff`.
/// </summary>
public sealed class JsonReport(string command)
{
    public List<Diagnostic> Diagnostics { get; } = [];
    public List<string> Outputs { get; } = [];
    public List<ExpectationResult> Expectations { get; } = [];

    /// <summary>A failure that has no place in a spec (a missing snapshot, an unusable font).</summary>
    public void AddError(string message) => Diagnostics.Add(new Diagnostic(Severity.Error, message, null));

    public int Write(int exitCode) => Write(exitCode, Console.Out);

    /// <returns><paramref name="exitCode"/>, so a command can `return report.Write(code)`.</returns>
    public int Write(int exitCode, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, BuildManifestJson.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteString("command", command);
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in Diagnostics) BuildManifestJson.WriteDiagnostic(json, diagnostic);
            json.WriteEndArray();
            var errors = Diagnostics.Count(d => d.Severity == Severity.Error);
            json.WriteNumber("errors", errors);
            json.WriteNumber("exit_code", exitCode);
            json.WriteStartArray("expectations");
            foreach (var expectation in Expectations) BuildManifestJson.WriteExpectation(json, expectation);
            json.WriteEndArray();
            json.WriteStartArray("outputs");
            foreach (var path in Outputs)
            {
                var file = ManifestFile.Hash(Environment.CurrentDirectory, path);
                BuildManifestJson.WriteFile(json, file with { Path = DisplayPath.Of(path) });
            }
            json.WriteEndArray();
            json.WriteBoolean("success", exitCode == ExitCodes.Success);
            json.WriteNumber("warnings", Diagnostics.Count - errors);
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return exitCode;
    }
}
