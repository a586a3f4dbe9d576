using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace HfReports.Ingest.Import;

/// <summary>
/// Runs a write action on a second thread, fed in batches, so the caller's work (parsing an
/// export) and the writing (SQLite inserts) overlap: on a million rows that is most of the
/// parsing time saved. Items are written in the order they were added. A failure of the
/// write action stops the feeding side at its next <see cref="Add"/> with the same exception;
/// <see cref="Complete"/> waits for the last item and rethrows a failure; disposing without
/// completing abandons what is queued and waits for the thread, so the caller can safely roll back.
/// </summary>
internal sealed class BackgroundWriter<T> : IDisposable
{
    private const int BatchSize = 2048;
    private const int BatchesInFlight = 8;

    private readonly BlockingCollection<T[]> _batches = new(BatchesInFlight);
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private T[] _batch = new T[BatchSize];
    private int _count;
    private ExceptionDispatchInfo? _failure;
    private bool _completed;

    public BackgroundWriter(Action<T> write, string name)
    {
        _thread = new Thread(() => Drain(write)) { IsBackground = true, Name = name };
        _thread.Start();
    }

    public void Add(T item)
    {
        _batch[_count++] = item;
        if (_count == BatchSize) Hand(_batch, _count);
    }

    /// <summary>Writes what is left and waits for the writing thread; rethrows its failure.</summary>
    public void Complete()
    {
        if (_count > 0) Hand(_batch, _count);
        _batches.CompleteAdding();
        _thread.Join();
        _completed = true;
        _failure?.Throw();
    }

    private void Hand(T[] batch, int count)
    {
        if (count < batch.Length) batch = batch[..count];
        try { _batches.Add(batch, _stop.Token); }
        catch (OperationCanceledException) { _failure!.Throw(); }
        _batch = new T[BatchSize];
        _count = 0;
    }

    private void Drain(Action<T> write)
    {
        try
        {
            foreach (var batch in _batches.GetConsumingEnumerable(_stop.Token))
                foreach (var item in batch)
                    write(item);
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // abandoned by Dispose
        }
        catch (Exception problem)
        {
            _failure = ExceptionDispatchInfo.Capture(problem);
            _stop.Cancel();
        }
    }

    public void Dispose()
    {
        if (!_completed)
        {
            _stop.Cancel();
            _thread.Join();
        }
        _batches.Dispose();
        _stop.Dispose();
    }
}
