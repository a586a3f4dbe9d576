using HfReports.Ingest.Hub;
using HfReports.Ingest.Hub.Derivations;

namespace HfReports.Tests.Hub;

public class CommitDerivationTests
{
    private static bool IsBot(string author) => BotAccounts.AutomaticReason(author) is not null || author == "listed-helper";

    [Theory]
    [InlineData("system", "service")]
    [InlineData("leaderboard-pr-bot", "service")]
    [InlineData("SFconvertbot", "suffix")]
    [InlineData("merge-BOT", "suffix")]
    [InlineData("robotics-lab", null)]
    [InlineData("alice", null)]
    public void BotReasons(string author, string? reason) => Assert.Equal(reason, BotAccounts.AutomaticReason(author));

    [Fact]
    public void SummaryCountsDistinctCommitsAndHumanAuthorsWithFirstAndLast()
    {
        HubCommit[] commits =
        [
            new("c3", "2024-03-01T00:00:00Z", "third", ["alice", "SFconvertbot"]),
            new("c2", "2024-02-01T00:00:00Z", "second", ["bob", "listed-helper"]),
            new("c2", "2024-02-01T00:00:00Z", "second", ["bob"]), // repeated across pages
            new("c1", "2023-12-24T08:00:00Z", "initial", ["system"]),
            new("c0", "2024-01-15T00:00:00Z", "no author", []),
        ];
        var summary = CommitSummary.From(commits, IsBot);
        Assert.Equal(4, summary.Commits.Count);
        Assert.Equal(["alice", "SFconvertbot", "bob", "listed-helper", "system"], summary.Authors);
        Assert.Equal(2, summary.HumanAuthors);
        Assert.Equal("2023-12-24T08:00:00Z", summary.FirstCommit);
        Assert.Equal("2024-03-01T00:00:00Z", summary.LastCommit);
    }

    [Fact]
    public void EmptyHistory()
    {
        var summary = CommitSummary.From([], IsBot);
        Assert.Equal(0, summary.HumanAuthors);
        Assert.Null(summary.FirstCommit);
        Assert.Null(summary.LastCommit);
    }
}
