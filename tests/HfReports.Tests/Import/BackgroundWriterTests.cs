using HfReports.Ingest.Import;

namespace HfReports.Tests.Import;

public sealed class BackgroundWriterTests
{
    [Fact]
    public void Every_item_is_written_once_in_the_order_it_was_added()
    {
        var written = new List<int>();
        using (var writer = new BackgroundWriter<int>(written.Add, "test"))
        {
            for (var i = 0; i < 10_007; i++) writer.Add(i); // several full batches and a partial one
            writer.Complete();
        }
        Assert.Equal(Enumerable.Range(0, 10_007), written);
    }

    [Fact]
    public void Writing_happens_on_another_thread()
    {
        var threads = new HashSet<int>();
        using var writer = new BackgroundWriter<int>(_ => threads.Add(Environment.CurrentManagedThreadId), "test");
        writer.Add(1);
        writer.Complete();
        Assert.DoesNotContain(Environment.CurrentManagedThreadId, threads);
    }

    [Fact]
    public void A_failed_write_stops_the_adding_side_with_the_same_exception()
    {
        using var writer = new BackgroundWriter<int>(item =>
        {
            if (item == 100) throw new InvalidDataException("row 100 is bad");
        }, "test");
        var failure = Assert.Throws<InvalidDataException>(() =>
        {
            for (var i = 0; i < 10_000_000; i++) writer.Add(i);
            writer.Complete();
        });
        Assert.Equal("row 100 is bad", failure.Message);
    }

    [Fact]
    public void A_failure_in_the_last_batch_surfaces_in_complete()
    {
        using var writer = new BackgroundWriter<int>(_ => throw new InvalidOperationException("constraint failed"), "test");
        writer.Add(1);
        Assert.Equal("constraint failed", Assert.Throws<InvalidOperationException>(writer.Complete).Message);
    }

    [Fact]
    public void Disposing_without_completing_abandons_the_queue_and_stops_the_thread()
    {
        const int batch = 2048; // BackgroundWriter's batch size
        const int queued = 3 * batch;
        var written = 0;
        Thread? writing = null;
        using var lastOfFirstBatch = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var writer = new BackgroundWriter<int>(item =>
        {
            writing = Thread.CurrentThread;
            if (item == batch - 1)
            {
                lastOfFirstBatch.Set();
                release.Wait(); // held here until Dispose has cancelled and is waiting for this thread
            }
            Interlocked.Increment(ref written);
        }, "test");
        for (var i = 0; i < queued; i++) writer.Add(i); // three full batches handed over
        Assert.True(lastOfFirstBatch.Wait(Patience), "the writing thread never reached the end of the first batch");

        var disposer = new Thread(writer.Dispose); // returns only when the writing thread has stopped
        disposer.Start();
        // Dispose cancels first, then joins the writing thread: once the disposer is blocked in that join, the
        // cancellation has happened, and releasing the write can only finish the batch in hand.
        Assert.True(SpinWait.SpinUntil(() => (disposer.ThreadState & ThreadState.WaitSleepJoin) != 0, Patience),
            "Dispose never reached its wait for the writing thread");
        release.Set();
        Assert.True(disposer.Join(Patience), "Dispose did not return: the writing thread kept going");

        Assert.False(writing!.IsAlive, "the writing thread still runs after Dispose");
        Assert.Equal(batch, Volatile.Read(ref written)); // the first batch only: the other two were abandoned
    }

    /// <summary>Generous: only a hang takes this long.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);
}
