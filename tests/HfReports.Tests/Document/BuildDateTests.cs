using Xunit;
using HfReports.Engine.Document;
using HfReports.Engine.Spec;

namespace HfReports.Tests.Document;

public sealed class BuildDateTests
{
    private static readonly DateTime Snapshot = new(2024, 7, 13, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Without_SOURCE_DATE_EPOCH_the_snapshot_date_is_used() =>
        Assert.Equal(Snapshot, BuildDate.Resolve(Snapshot, null, new DiagnosticBag(), null));

    [Fact]
    public void SOURCE_DATE_EPOCH_overrides_the_snapshot_date() =>
        Assert.Equal(new DateTime(2025, 3, 1, 12, 0, 0, DateTimeKind.Utc), BuildDate.Resolve(Snapshot, "1740830400", new DiagnosticBag(), null));

    [Fact]
    public void A_malformed_SOURCE_DATE_EPOCH_is_a_warning_and_the_snapshot_date_stands()
    {
        var diagnostics = new DiagnosticBag();
        Assert.Equal(Snapshot, BuildDate.Resolve(Snapshot, "yesterday", diagnostics, null));
        Assert.Contains("SOURCE_DATE_EPOCH", Assert.Single(diagnostics.Items).Message);
    }
}
