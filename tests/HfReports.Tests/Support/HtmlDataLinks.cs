using System.Text;
using System.Text.RegularExpressions;

namespace HfReports.Tests.Support;

/// <summary>The rows behind each figure and table as an HTML report offers them for download: the CSV of every data:
/// link, decoded, in page order.</summary>
public static partial class HtmlDataLinks
{
    public static string[] Read(string html) =>
        CsvLinks().Matches(html).Select(m => Encoding.UTF8.GetString(Convert.FromBase64String(m.Groups["csv"].Value))).ToArray();

    [GeneratedRegex("data:text/csv;charset=utf-8;base64,(?<csv>[A-Za-z0-9+/=]+)")]
    private static partial Regex CsvLinks();
}
