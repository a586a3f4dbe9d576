using System.Text.RegularExpressions;
using HfReports.Engine.Spec;
using HfReports.Ingest.Import.Formats;
using HfReports.Tests.EndToEnd;

namespace HfReports.Tests.Import;

/// <summary>
/// The import's warnings for a missing optional column name the paper's figures and tables that read what the column
/// fills. Those are found here from the paper spec itself (each figure's and table's query, or the named frame it takes,
/// read through the engine's loader) so the warnings cannot drift from the reports.
/// </summary>
public sealed class ReportUsesTests
{
    [Fact]
    public void Each_warning_names_exactly_the_figures_and_tables_whose_queries_read_its_column()
    {
        var report = PaperSpecFigures.Load();
        var items = Items(report);
        foreach (var (column, use) in ReportUses.All)
        {
            // Hub enrichment fills creation dates, so the items that need it anyway do not lose them with the export's date.
            var reading = items.Where(i => Regex.IsMatch(i.Sql, $@"\b{column}\b") && !(column == "created_at" && i.NeedsHub))
                .Select(i => i.Label).ToHashSet();
            var named = Named(use);
            Assert.True(reading.SetEquals(named),
                $"'{column}': the warning names {string.Join(", ", named.Order())}; the paper's queries that read it: {string.Join(", ", reading.Order())}");
        }
    }

    /// <summary>"Figures 4, 5 and 7", "Figure 8", "Table 1" and "Tables 1 and 5" in a warning, as labels.</summary>
    private static HashSet<string> Named(string use)
    {
        var labels = new HashSet<string>();
        foreach (Match match in Regex.Matches(use, @"\b(?<kind>Figure|Table)s?\s+(?<numbers>\d+(?:(?:,\s*|\s+and\s+)\d+)*)"))
            foreach (Match number in Regex.Matches(match.Groups["numbers"].Value, @"\d+"))
                labels.Add($"{match.Groups["kind"].Value} {number.Value}");
        return labels;
    }

    /// <summary>Every figure and table with its label and the SQL its data (and its panels' data) comes from.</summary>
    private static List<(string Label, string Sql, bool NeedsHub)> Items(ReportSpec report)
    {
        string Sql(DataSpec data) => data.SqlFor("sqlite")?.Sql ?? (data.FrameReference is { } name && report.Frames.TryGetValue(name, out var frame) ? Sql(frame) : "");
        var (figures, tables) = (0, 0);
        var items = new List<(string, string, bool)>();
        foreach (var block in Blocks(report.Sections))
        {
            switch (block)
            {
                case FigureSpec figure:
                    items.Add(($"Figure {++figures}", string.Join("\n", figure.Panels.Select(p => p.Data).OfType<DataSpec>().Prepend(figure.Data).Select(Sql)),
                        figure.Requires is not null));
                    break;
                case TableSpec table:
                    items.Add(($"Table {++tables}", Sql(table.Data), table.Requires is not null));
                    break;
                case ChecksBlockSpec:
                    tables++;
                    break;
            }
        }
        return items;
    }

    private static IEnumerable<BlockSpec> Blocks(IEnumerable<SectionSpec> sections) =>
        sections.SelectMany(s => s.Blocks.Concat(Blocks(s.Sections)));
}
