using System.Text.RegularExpressions;
using HfReports.Engine.Frames;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Transform;
using Microsoft.Data.Sqlite;

namespace HfReports.Engine.Build;

/// <summary>Evaluates data blocks: runs the query (or takes a named frame), then the transforms, then the
/// expectations. Every failure becomes a diagnostic at the spec location it comes from.</summary>
/// <param name="rowLimit">Read at most this many rows per query (check); frames cut short skip their expectations.</param>
/// <param name="strict">Failed expectations are errors rather than warnings.</param>
/// <param name="synthetic">The snapshot is made-up demo data: published numbers cannot hold on it, so failed
/// expectations are recorded but not reported as diagnostics.</param>
/// <param name="cancellation">Stops a running query when the build is cancelled.</param>
public sealed partial class FrameEvaluator(SnapshotDatabase database, IReadOnlyDictionary<string, object?> parameters, DiagnosticBag diagnostics,
    int? rowLimit, bool strict = false, bool synthetic = false, CancellationToken cancellation = default)
{
    private readonly Dictionary<string, Frame> _named = new(StringComparer.Ordinal);
    private readonly HashSet<string> _truncatedNames = new(StringComparer.Ordinal);
    private readonly List<ExpectationResult> _expectations = [];

    public IReadOnlyDictionary<string, Frame> Named => _named;

    public SnapshotDatabase Database => database;

    /// <summary>Every expectation evaluated so far, in evaluation order.</summary>
    public IReadOnlyList<ExpectationResult> Expectations => _expectations;

    public void EvaluateNamed(IReadOnlyDictionary<string, DataSpec> frames)
    {
        foreach (var (name, spec) in frames)
            if (Evaluate(spec, out var truncated) is { } frame)
            {
                _named[name] = frame;
                if (truncated) _truncatedNames.Add(name);
            }
    }

    public Frame? Evaluate(DataSpec spec) => Evaluate(spec, out _);

    public Frame? Evaluate(DataSpec spec, out bool truncated)
    {
        truncated = false;
        if (!spec.IsComplete) return null;
        Frame frame;
        if (spec.FrameReference is { } reference)
        {
            if (!_named.TryGetValue(reference, out var named))
            {
                diagnostics.Error($"no frame named '{reference}'", spec.SqlLocation ?? spec.Location, spec.SqlKeyPath ?? SpecNode.Join(spec.KeyPath, "frame"),
                    Suggestions.DidYouMean(reference, _named.Keys) ?? (_named.Count == 0 ? "the report declares no frames" : $"frames: {string.Join(", ", _named.Keys)}"));
                return null;
            }
            frame = named;
            truncated = _truncatedNames.Contains(reference);
        }
        else
        {
            var bound = new Dictionary<string, object?>(parameters, StringComparer.Ordinal);
            foreach (var (key, value) in spec.Parameters) bound[key] = value;
            var location = spec.SqlLocation ?? spec.Location;
            var keyPath = spec.SqlKeyPath ?? SpecNode.Join(spec.KeyPath, "query");
            try
            {
                (frame, truncated) = QueryRunner.Run(database, spec.Sql ?? "", bound, spec.Types, rowLimit,
                    QueryLimits.For(spec.Timeout, spec.MaxRows), cancellation);
            }
            catch (QueryException e)
            {
                diagnostics.Error(e.Message, location, keyPath);
                return null;
            }
            catch (SqliteException e)
            {
                diagnostics.Error($"SQL error: {SqliteMessage(e)}", location, keyPath);
                return null;
            }
            catch (InvalidOperationException e) when (e.Message.StartsWith("Must add values for the following parameters", StringComparison.Ordinal))
            {
                // The provider's message does not always name the parameter, so find the unbound names ourselves.
                var missing = SqlParameter().Matches(spec.Sql ?? "").Select(m => m.Groups["name"].Value)
                    .Where(name => !bound.ContainsKey(name)).Distinct().ToArray();
                diagnostics.Error(missing.Length == 0 ? $"SQL error: {e.Message}"
                        : $"the query uses the parameter{(missing.Length > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"':{m}'"))}, which {(missing.Length > 1 ? "are" : "is")} not declared", location, keyPath,
                    bound.Count == 0 ? "declare it under the report's 'parameters' or the data block's 'params'"
                        : $"known parameters: {string.Join(", ", bound.Keys.Order(StringComparer.Ordinal))}");
                return null;
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException)
            {
                diagnostics.Error(e.Message, location, keyPath);
                return null;
            }
        }
        try
        {
            frame = TransformPipeline.Apply(frame, spec.Transforms);
        }
        catch (TransformException e)
        {
            diagnostics.Error(e.Message, e.Step.Location, e.Step.KeyPath);
            return null;
        }
        CheckExpectations(spec, frame, truncated);
        return frame;
    }

    private void CheckExpectations(DataSpec spec, Frame frame, bool truncated)
    {
        foreach (var expectation in spec.Expectations)
        {
            // A frame cut short by the row limit still has all its columns, so column mistakes are found anyway.
            if (truncated)
            {
                foreach (var missing in ExpectationChecker.MissingColumns(expectation, frame))
                    diagnostics.Error($"the expectation names column '{missing}', but the frame has: {string.Join(", ", frame.ColumnNames)}",
                        expectation.Location, expectation.KeyPath, Suggestions.DidYouMean(missing, frame.ColumnNames));
                continue;
            }
            var result = ExpectationChecker.Check(expectation, frame);
            _expectations.Add(result);
            if (result.Passed || synthetic) continue;
            diagnostics.Add(new Diagnostic(strict ? Severity.Error : Severity.Warning,
                $"expectation failed: {result.Description}: expected {result.Expected}, got {result.Actual}", expectation.Location, expectation.KeyPath));
        }
    }

    /// <summary>The SQLite message without the "SQLite Error 1: '...'." wrapper.</summary>
    public static string SqliteMessage(SqliteException e)
    {
        var match = SqliteWrapper().Match(e.Message);
        return match.Success ? match.Groups["message"].Value : e.Message;
    }

    [GeneratedRegex(@"(?<![:\w])[:@$](?<name>[A-Za-z_]\w*)")]
    private static partial Regex SqlParameter();

    [GeneratedRegex(@"^SQLite Error \d+: '(?<message>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex SqliteWrapper();
}
