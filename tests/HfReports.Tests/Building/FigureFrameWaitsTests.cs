using HfReports.Engine.Build;
using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Tests.Charts;

namespace HfReports.Tests.Building;

/// <summary>A figure is handed to a worker once, when the last of its frames is computed, and never before.</summary>
public sealed class FigureFrameWaitsTests
{
    private static readonly SourceLocation Here = new("test.yaml", 1, 1);

    private static DataSpec Data(string sql) =>
        new(sql, null, new Dictionary<string, object?>(), new Dictionary<string, ColumnType>(), [], Here, "data");

    [Fact]
    public void A_figure_is_ready_with_its_last_frame_whichever_order_they_come_in()
    {
        var scatter = Data("select 1");
        var totals = Data("select 2");
        var single = Data("select 3");
        var twoPanels = ChartFixture.Figure("two-panels");
        var onePanel = ChartFixture.Figure("one-panel");
        var frames = new Dictionary<FigureSpec, DataSpec[]>(ReferenceEqualityComparer.Instance)
        {
            [twoPanels] = [scatter, totals, scatter], // the figure's own frame drawn by two of its three panels
            [onePanel] = [single],
        };
        var waits = new FigureFrameWaits(frames.Keys, f => frames[f], _ => false);

        Assert.Empty(waits.Computed(totals));
        Assert.Equal([onePanel], waits.Computed(single));
        Assert.Equal([twoPanels], waits.Computed(scatter));
        Assert.Empty(waits.Computed(Data("select 1"))); // equal text, another block: not one of its frames
    }

    [Fact]
    public void Figures_sharing_a_frame_are_ready_together_and_frames_computed_before_are_not_waited_for()
    {
        var shared = Data("select 1");
        var own = Data("select 2");
        var earlier = Data("select 3");
        var first = ChartFixture.Figure("first");
        var second = ChartFixture.Figure("second");
        var fromEarlierOnly = ChartFixture.Figure("from-earlier");
        var frames = new Dictionary<FigureSpec, DataSpec[]>(ReferenceEqualityComparer.Instance)
        {
            [first] = [shared],
            [second] = [shared, earlier],
            [fromEarlierOnly] = [earlier],
        };
        var waits = new FigureFrameWaits(frames.Keys, f => frames[f], d => ReferenceEquals(d, earlier));

        Assert.Equal([first, second], waits.Computed(shared));
        Assert.Empty(waits.Computed(own));
        // Nothing to wait for: drawn later, when its block is settled, not handed out here.
        Assert.Empty(waits.Computed(earlier));
    }

    [Fact]
    public void Frames_told_from_many_workers_at_once_hand_out_each_figure_exactly_once()
    {
        var data = Enumerable.Range(0, 40).Select(i => Data($"select {i}")).ToArray();
        // Figure k draws frames k, k+1 and k+2 (the last ones wrap): every frame is waited for by three figures.
        var figures = Enumerable.Range(0, 40).Select(k => ChartFixture.Figure($"f{k}")).ToArray();
        var frames = new Dictionary<FigureSpec, DataSpec[]>(ReferenceEqualityComparer.Instance);
        for (var k = 0; k < figures.Length; k++) frames[figures[k]] = [data[k], data[(k + 1) % 40], data[(k + 2) % 40]];
        var waits = new FigureFrameWaits(figures, f => frames[f], _ => false);
        var handedOut = new System.Collections.Concurrent.ConcurrentBag<FigureSpec>();

        Parallel.ForEach(data, new ParallelOptions { MaxDegreeOfParallelism = 8 }, d =>
        {
            foreach (var figure in waits.Computed(d)) handedOut.Add(figure);
        });

        Assert.Equal(figures.Select(f => f.Id).Order(), handedOut.Select(f => f.Id).Order());
    }
}
