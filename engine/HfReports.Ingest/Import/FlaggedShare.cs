using HfReports.Ingest.Import.Formats;

namespace HfReports.Ingest.Import;

/// <summary>
/// Cleaning drops flagged models (C3). A leaderboard flags a few models, so a column that flags
/// nearly every row is read the wrong way round (as the legacy v2 `flagged` was): the import stops,
/// naming the column, rather than keep a snapshot with no models that later breaks every report.
/// </summary>
internal static class FlaggedShare
{
    /// <summary>More than this share of flagged rows refuses the export.</summary>
    public const double MaxShare = 0.9;

    /// <exception cref="ImportDataException">More than <see cref="MaxShare"/> of the rows are flagged.</exception>
    public static void Check(string fileName, ExportFormat format, ColumnMap columns, int rows, int flagged)
    {
        if (rows == 0 || flagged <= MaxShare * rows) return;
        throw new ImportDataException(
            $"{fileName}: column '{columns[format.FlaggedColumn].Header}' marks {flagged:N0} of {rows:N0} rows " +
            $"({100.0 * flagged / rows:0.#} %) as flagged ({Reading(format)}); flagged models are left out of the reports, " +
            $"so {(flagged == rows ? "no model" : "almost no model")} would be kept and nothing was imported. A leaderboard flags a few " +
            "models, not most of them: check how this export writes that column.");
    }

    /// <exception cref="ImportDataException">Cleaning kept no model of the current import (every model's best entry is flagged).</exception>
    public static void CheckModelsKept(string fileName, string formatName, int models)
    {
        if (models > 0) return;
        var format = ExportFormat.Known.FirstOrDefault(known => known.Name == formatName);
        var column = format is null ? "" : $" in column '{format.FlaggedColumn}' ({Reading(format)})";
        throw new ImportDataException(
            $"{fileName}: cleaning would keep no model: the best entry of every model is flagged{column}; nothing was imported. " +
            "Check how this export writes that column.");
    }

    private static string Reading(ExportFormat format) =>
        format.FlaggedInverted
            ? $"{format.Name} reads it inverted, as the v1 export writes it: 'FALSE' means flagged"
            : $"{format.Name} reads it as named: 'TRUE' means flagged";
}
