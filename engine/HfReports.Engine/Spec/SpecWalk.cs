using System.Globalization;

namespace HfReports.Engine.Spec;

/// <summary>
/// The one walk over a report's sections and blocks, in reading order: a section, then its blocks, then its
/// subsections. Numbering, preparation, parameter scopes and the preview all read the report through it.
/// </summary>
internal static class SpecWalk
{
    /// <summary>A section with its number ("2.1") and depth (1 for a top-level section).</summary>
    public sealed record NumberedSection(SectionSpec Section, string Number, int Level);

    public static IEnumerable<NumberedSection> Sections(ReportSpec report) => Sections(report.Sections, "", 1);

    /// <summary>Every block of every section, in reading order.</summary>
    public static IEnumerable<BlockSpec> Blocks(ReportSpec report) => Sections(report).SelectMany(s => s.Section.Blocks);

    private static IEnumerable<NumberedSection> Sections(IReadOnlyList<SectionSpec> sections, string parent, int level)
    {
        for (var i = 0; i < sections.Count; i++)
        {
            var number = parent + (i + 1).ToString(CultureInfo.InvariantCulture);
            yield return new NumberedSection(sections[i], number, level);
            foreach (var child in Sections(sections[i].Sections, number + ".", level + 1)) yield return child;
        }
    }
}
