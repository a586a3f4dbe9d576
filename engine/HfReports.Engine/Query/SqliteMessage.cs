using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace HfReports.Engine.Query;

/// <summary>What SQLite said, without the "SQLite Error 1: '...'." wrapper its provider puts around it.</summary>
internal static partial class SqliteMessage
{
    public static string Of(SqliteException e)
    {
        var match = SqliteWrapper().Match(e.Message);
        return match.Success ? match.Groups["message"].Value : e.Message;
    }

    [GeneratedRegex(@"^SQLite Error \d+: '(?<message>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex SqliteWrapper();
}
