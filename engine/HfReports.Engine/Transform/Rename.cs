using HfReports.Engine.Frames;
using HfReports.Engine.Spec.Transforms;

namespace HfReports.Engine.Transform;

/// <summary>Renames columns; a new name must not clash with a column that stays.</summary>
internal static class Rename
{
    public static Frame Apply(Frame frame, RenameSpec spec)
    {
        foreach (var (from, _) in spec.Names) TransformPipeline.Column(frame, from, spec);
        var map = spec.Names.ToDictionary(n => n.From, n => n.To, StringComparer.Ordinal);
        var columns = frame.Columns.Select(c => map.TryGetValue(c.Name, out var to) ? c.Rename(to) : c).ToArray();
        var clash = columns.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
            throw new TransformException($"the 'rename' transform would make two columns named '{clash.Key}'", spec);
        return new Frame(columns);
    }
}
