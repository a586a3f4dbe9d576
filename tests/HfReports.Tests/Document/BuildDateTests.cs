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

    /// <summary>253402300799 s is 9999-12-31 23:59:59 UTC, the last second a DateTime holds; one more is not a date.</summary>
    [Fact]
    public void The_last_representable_second_is_a_date_and_the_next_is_not()
    {
        Assert.Equal(new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc), BuildDate.Parse("253402300799"));
        Assert.Null(BuildDate.Parse("253402300800"));
    }
}
