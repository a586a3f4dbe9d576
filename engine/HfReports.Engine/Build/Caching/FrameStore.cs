using HfReports.Engine.Evaluation;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Build.Caching;

/// <summary>
/// Evaluated frames in the build cache, keyed by what they are computed from: the engine, the snapshot's
/// SHA-256, the SQL text, the values of the parameters the SQL uses, declared column types, the transforms
/// and the row limit (or, for a block built on a named frame, that frame's key instead of the query).
/// </summary>
internal sealed class FrameStore(BuildCache cache, string snapshotSha256) : IFrameStore
{
    public const string Kind = "frame";

    /// <summary>Frames that could take more than this serialised are not cached: an entry is written and read whole,
    /// and a frame within the build's allowance can hold hundreds of megabytes. Such a frame is computed each build.</summary>
    public const long MaxEntryBytes = 128L * 1024 * 1024;

    public BuildCache Cache => cache;
    public string SnapshotSha256 => snapshotSha256;

    /// <param name="namedFrameKey">For a block that reads a named frame: that frame's key.</param>
    /// <param name="bound">For a query: every parameter value in scope (only the ones the SQL names count).</param>
    public string KeyOf(DataSpec spec, string? namedFrameKey, IReadOnlyDictionary<string, object?>? bound, int? rowLimit)
    {
        var key = new CacheKey()
            .Add("kind", Kind)
            .Add("engine", EngineFingerprint.Value)
            .Add("types", spec.Types)
            .Add("transforms", spec.Transforms)
            .Add("row_limit", rowLimit);
        var read = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in Transform.TransformParameters.Names(spec.Transforms))
            if (bound is not null && bound.TryGetValue(name, out var value)) read[name] = value;
        key.Add("transform_parameters", read);
        if (namedFrameKey is not null) return key.Add("frame", namedFrameKey).Hash();
        var used = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var name in FrameEvaluator.ParameterNames(spec.AllSql))
            if (bound is not null && bound.TryGetValue(name, out var value)) used[name] = value;
        return key.Add("snapshot", snapshotSha256).Add("sql", spec.AllSql).Add("parameters", used).Hash();
    }

    public (Frame Frame, bool Truncated)? TryRead(string key)
    {
        if (cache.TryRead(Kind, key) is not { } bytes) return null;
        try
        {
            return FrameSerializer.Read(bytes);
        }
        catch (FormatException)
        {
            // The checksum held but the content does not parse (an older layout): recompute it.
            cache.Forget(Kind, key);
            return null;
        }
    }

    public void Write(string key, Frame frame, bool truncated)
    {
        if (FrameSerializer.Size(frame) > MaxEntryBytes) return;
        byte[] bytes;
        try
        {
            bytes = FrameSerializer.Write(frame, truncated);
        }
        catch (NotSupportedException)
        {
            return; // a value the serialiser does not know: this frame is simply not cached
        }
        cache.Write(Kind, key, bytes);
    }
}
