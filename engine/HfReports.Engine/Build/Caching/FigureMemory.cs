using System.Collections.Concurrent;
using HfReports.Engine.Charts;

namespace HfReports.Engine.Build.Caching;

/// <summary>
/// Drawn figures kept in memory between the builds of one process (the watch loop), by the key of
/// everything they are drawn from, with their SVG when a build drew it. A figure whose key did not change is not drawn
/// again; figures the latest build did not use are let go, so memory holds one build's figures.
/// </summary>
public sealed class FigureMemory
{
    private readonly ConcurrentDictionary<string, Remembered> _figures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);

    /// <summary>A figure as drawn, and its SVG, made when first asked for (null when no build of this process needed it
    /// yet). Every build and report drawing the figure shares the one SVG, so the figure is rendered SVG first, once.</summary>
    internal sealed record Remembered(FigureGraphic Graphic, Lazy<string>? Svg);

    internal Remembered? TryGet(string key)
    {
        if (!_figures.TryGetValue(key, out var remembered)) return null;
        _used[key] = 0;
        return remembered;
    }

    internal void Keep(string key, FigureGraphic graphic, Lazy<string>? svg = null)
    {
        _figures[key] = new Remembered(graphic, svg);
        _used[key] = 0;
    }

    /// <summary>Called after a build: forgets the figures it did not use.</summary>
    internal void Sweep()
    {
        foreach (var key in _figures.Keys)
            if (!_used.ContainsKey(key) && _figures.TryRemove(key, out var stale))
                stale.Graphic.Dispose();
        _used.Clear();
    }
}
