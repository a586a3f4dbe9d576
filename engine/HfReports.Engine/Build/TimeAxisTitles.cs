using HfReports.Engine.Spec;

namespace HfReports.Engine.Build;

/// <summary>
/// An axis (or colour scale) title may say `{{ snapshot.time_axis }}`: it becomes what the snapshot's time axis is ("Creation date" with
/// Hub dates, "Leaderboard submission date" on an unenriched snapshot), so a figure never labels the submission-date
/// proxy as "Date" or "creation date".
/// </summary>
internal static class TimeAxisTitles
{
    public const string Token = "{{ snapshot.time_axis }}";

    public static FigureSpec Resolve(FigureSpec figure, string timeAxis) =>
        figure.Panels.Any(p => Has(p.X) || Has(p.Y) || Has(p.Color))
            ? figure with
            {
                Panels = figure.Panels.Select(p => p with { X = Title(p.X, timeAxis), Y = Title(p.Y, timeAxis), Color = Title(p.Color, timeAxis) }).ToArray(),
            }
            : figure;

    private static bool Has(EncodingSpec? encoding) => encoding?.Title?.Contains(Token, StringComparison.Ordinal) == true;

    private static EncodingSpec? Title(EncodingSpec? encoding, string timeAxis)
    {
        if (!Has(encoding)) return encoding;
        var title = encoding!.Title!.Replace(Token, timeAxis, StringComparison.Ordinal);
        return encoding with { Title = char.ToUpperInvariant(title[0]) + title[1..] };
    }
}
