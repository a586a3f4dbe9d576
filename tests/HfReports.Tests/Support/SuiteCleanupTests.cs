using Xunit.Abstractions;

[assembly: TestCollectionOrderer("HfReports.Tests.Support.SuiteEndLast", "HfReports.Tests")]

namespace HfReports.Tests.Support;

/// <summary>
/// Runs after every other test of the suite: xunit runs collections that disable parallelisation after the parallel
/// ones, and <see cref="SuiteEndLast"/> puts this one last among those. By then every test and fixture has cleaned up.
/// </summary>
[Collection(SuiteEnd.Name)]
public sealed class SuiteCleanupTests
{
    [Fact]
    public void No_test_leaves_a_file_or_folder_in_the_temporary_folder()
    {
        var left = SuiteTempRoot.Leftovers();
        Assert.True(left.Length == 0,
            $"{left.Length} entries left in the suite's temporary folder {SuiteTempRoot.Path} (use TempFolder or an IDisposable fixture):\n"
            + string.Join('\n', left.Take(50)));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SuiteEnd
{
    public const string Name = "Suite end";
}

/// <summary>Keeps xunit's default order of test collections, with <see cref="SuiteEnd"/> moved to the end.</summary>
public sealed class SuiteEndLast : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.OrderBy(collection => collection.DisplayName == SuiteEnd.Name ? 1 : 0);
}
