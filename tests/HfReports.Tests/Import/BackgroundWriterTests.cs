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
        var written = 0;
        var release = new ManualResetEventSlim();
        var writer = new BackgroundWriter<int>(item =>
        {
            release.Wait();
            if (item % 256 == 0) Thread.Sleep(1); // ~8 ms a batch: the dispose below lands in the first one
            Interlocked.Increment(ref written);
        }, "test");
        const int queued = 3 * 2048;
        for (var i = 0; i < queued; i++) writer.Add(i); // three full batches handed over; the first write waits
        release.Set();
        writer.Dispose(); // returns only when the thread has stopped
        var afterDispose = Volatile.Read(ref written);
        Thread.Sleep(50);
        Assert.Equal(afterDispose, Volatile.Read(ref written));
        Assert.True(afterDispose < queued, $"all {queued} queued items were written: the queue was not abandoned");
    }
}
