using System.Text.Json;
using HfReports.Engine.Evaluation;
using HfReports.Engine.Publishing;
using HfReports.Engine.Spec;

namespace HfReports.Cli;

/// <summary>
/// The machine-readable result of `build` and `check` (`--format json`), one JSON document on stdout, described by
/// reports/schema/result.schema.json: {version, command, exit_code, success, errors, warnings,
/// diagnostics[{severity,message,file,line,column,key,suggestion}], outputs[{path,sha256,bytes}],
/// expectations[{description,expected,expected_value,tolerance,minimum,maximum,actual,actual_value,passed,file,line,key}]}.
/// Every path is relative to the manifest's folder.
/// </summary>
public sealed class JsonReport(string command)
{
    /// <summary>The layout's version: raised when a field changes meaning or disappears (adding one does not).</summary>
    public const int Version = 1;

    /// <summary>The manifest's folder, which output paths are relative to (the working folder until the manifest is loaded).</summary>
    public string BaseFolder { get; set; } = Environment.CurrentDirectory;

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
                BuildManifestJson.WriteFile(json, ManifestFile.Hash(BaseFolder, path));
            }
            json.WriteEndArray();
            json.WriteBoolean("success", exitCode == ExitCodes.Success);
            json.WriteNumber("version", Version);
            json.WriteNumber("warnings", Diagnostics.Count - errors);
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        return exitCode;
    }
}
