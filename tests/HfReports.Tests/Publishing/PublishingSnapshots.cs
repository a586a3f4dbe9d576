using HfReports.Ingest.Import;
using HfReports.Tests.Import;
using HfReports.Tests.Support;

namespace HfReports.Tests.Publishing;

/// <summary>Small snapshots for the publishing tests, made by the real importer from tiny v1 exports
/// (so they need neither the real data nor the demo generator).</summary>
public static class PublishingSnapshots
{
    /// <summary>Four plain models of different types, exported on 2024-07-01.</summary>
    public static readonly string[] BaseRows =
    [
        SmallExports.V1Row("alpha/one", average: "60.5", license: "apache-2.0", date: "2024-01-05T12:00:00Z"),
        SmallExports.V1Row("beta/two", average: "55.1", license: "mit", type: "💬 chat models (RLHF, DPO, IFT, ...)", date: "2024-02-05T12:00:00Z"),
        SmallExports.V1Row("gamma/three", average: "70.2", license: "llama2", type: "🟢 pretrained", date: "2023-06-05T12:00:00Z"),
        SmallExports.V1Row("delta/four", average: "40", license: "other", type: "🤝 base merges and moerges", date: "2024-03-05T12:00:00Z"),
    ];

    /// <summary>Imports <paramref name="rows"/> as the export file <paramref name="exportName"/> (its date is the as-of date) into <paramref name="snapshotName"/>.</summary>
    public static string Import(TempFolder folder, string snapshotName, string exportName, params string[] rows)
    {
        var export = folder.Write(exportName, SmallExports.V1(rows));
        var snapshot = folder.File(snapshotName);
        SnapshotImporter.Run(new ImportOptions([export], snapshot));
        return snapshot;
    }

    public static string Base(TempFolder folder, string snapshotName = "base.db") =>
        Import(folder, snapshotName, "small_2024-07-01.csv", BaseRows);

    public static string PaperManifest => Path.Combine(RepositoryRoot.Path, "reports.yaml");
}
