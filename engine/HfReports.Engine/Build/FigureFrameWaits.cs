using HfReports.Engine.Spec;

namespace HfReports.Engine.Build;

/// <summary>
/// Which figures still wait on which frames while the queries run: a figure is drawn on a worker as soon as the last
/// of its frames (its own and its panels') is computed, rather than afterwards on the one thread that settles the
/// blocks in order (a two-panel figure drawn there was the whole build's longest serial step).
/// </summary>
internal sealed class FigureFrameWaits
{
    private readonly Dictionary<DataSpec, List<FigureSpec>> _waiting = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<FigureSpec, int> _missing = new(ReferenceEqualityComparer.Instance);

    /// <param name="framesOf">The data blocks a figure draws from.</param>
    /// <param name="computed">Whether a frame is computed already: a figure left with nothing to wait on is not drawn early.</param>
    public FigureFrameWaits(IEnumerable<FigureSpec> figures, Func<FigureSpec, IEnumerable<DataSpec>> framesOf, Func<DataSpec, bool> computed)
    {
        foreach (var figure in figures)
        {
            var missing = framesOf(figure).Distinct(ReferenceEqualityComparer.Instance).Cast<DataSpec>().Where(d => !computed(d)).ToArray();
            if (missing.Length == 0) continue;
            _missing[figure] = missing.Length;
            foreach (var data in missing)
            {
                if (!_waiting.TryGetValue(data, out var list)) _waiting[data] = list = [];
                list.Add(figure);
            }
        }
    }

    /// <summary>The figures for which this was the last frame missing. Called by the workers, each frame once.</summary>
    public IReadOnlyList<FigureSpec> Computed(DataSpec data)
    {
        if (!_waiting.TryGetValue(data, out var figures)) return [];
        lock (_missing)
            return figures.Where(figure => --_missing[figure] == 0).ToArray();
    }
}
