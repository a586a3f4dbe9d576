using HfReports.Engine.Spec;
using HfReports.Ingest.Demo;

namespace HfReports.Cli;

/// <summary>The default manifest points at the synthetic demo snapshot; it is generated on first use.</summary>
public static class SnapshotSetup
{
    /// <summary>Writes the demo when it is the missing snapshot; any other missing snapshot is reported when opened.</summary>
    /// <param name="cancellation">Ctrl-C: no demo is written (see <see cref="DemoSnapshotGenerator.Write"/>).</param>
    public static void EnsureDemo(ManifestSpec manifest, bool quiet = false, CancellationToken cancellation = default)
    {
        if (!File.Exists(manifest.SnapshotPath) && Path.GetFileName(manifest.SnapshotPath) == "demo.db")
        {
            if (!quiet)
                Console.Error.WriteLine($"snapshot {DisplayPath.Of(manifest.SnapshotPath)} does not exist: generating the synthetic demo snapshot");
            DemoSnapshotGenerator.Write(manifest.SnapshotPath, new DemoOptions(), cancellation);
        }
    }
}
