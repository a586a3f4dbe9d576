using HfReports.Engine.Frames;
using HfReports.Engine.Spec;

namespace HfReports.Engine.Evaluation;

/// <summary>Where evaluated frames are kept between builds (the build cache's frame store), seen from the evaluator.</summary>
internal interface IFrameStore
{
    /// <param name="namedFrameKey">For a block that reads a named frame: that frame's key.</param>
    /// <param name="bound">For a query: every parameter value in scope (only the ones the SQL names count).</param>
    string KeyOf(DataSpec spec, string? namedFrameKey, IReadOnlyDictionary<string, object?>? bound, int? rowLimit);

    (Frame Frame, bool Truncated)? TryRead(string key);

    void Write(string key, Frame frame, bool truncated);
}
