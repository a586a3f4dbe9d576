using HfReports.Engine.Frames;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Transform;
using Microsoft.Data.Sqlite;

namespace HfReports.Engine.Build;

/// <summary>Evaluates data blocks: runs the query (or takes a named frame), then the transforms.
/// Every failure becomes a diagnostic at the data block's location.</summary>
public sealed class FrameEvaluator(SnapshotDatabase database, IReadOnlyDictionary<string, object?> parameters, DiagnosticBag diagnostics, int? rowLimit)
{
    private readonly Dictionary<string, Frame> _named = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, Frame> Named => _named;

    public void EvaluateNamed(IReadOnlyDictionary<string, DataSpec> frames)
    {
        foreach (var (name, spec) in frames)
            if (Evaluate(spec) is { } frame)
                _named[name] = frame;
    }

    public Frame? Evaluate(DataSpec spec)
    {
        Frame frame;
        if (spec.FrameReference is { } reference)
        {
            if (!_named.TryGetValue(reference, out var named))
            {
                diagnostics.Error($"no frame named '{reference}'", spec.Location, SpecNode.Join(spec.KeyPath, "frame"),
                    Suggestions.DidYouMean(reference, _named.Keys) ?? (_named.Count == 0 ? "the report declares no frames" : $"frames: {string.Join(", ", _named.Keys)}"));
                return null;
            }
            frame = named;
        }
        else
        {
            var bound = new Dictionary<string, object?>(parameters, StringComparer.Ordinal);
            foreach (var (key, value) in spec.Parameters) bound[key] = value;
            try
            {
                frame = QueryRunner.Run(database, spec.Sql ?? "", bound, spec.Types, rowLimit);
            }
            catch (SqliteException e)
            {
                diagnostics.Error($"SQL error: {e.Message.Replace("SQLite Error ", "", StringComparison.Ordinal)}", spec.Location, SpecNode.Join(spec.KeyPath, "query"));
                return null;
            }
            catch (Exception e) when (e is FormatException or QueryRowLimitException or InvalidOperationException)
            {
                diagnostics.Error(e.Message, spec.Location, SpecNode.Join(spec.KeyPath, "query"));
                return null;
            }
        }
        try
        {
            return TransformPipeline.Apply(frame, spec.Transforms);
        }
        catch (TransformException e)
        {
            diagnostics.Error(e.Message, e.Step.Location, e.Step.KeyPath);
            return null;
        }
    }
}
