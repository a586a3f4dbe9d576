namespace HfReports.Engine.Publishing;

/// <summary>
/// A build's outputs as one change: each is written complete to a temporary file beside its destination
/// (<see cref="AtomicFile"/>), and only when every one is written and the build has no error are they moved into
/// place, the manifest last. A build that fails, is cancelled or throws removes its temporary files and leaves the
/// previous set of outputs exactly as it was.
/// </summary>
internal sealed class OutputSet : IDisposable
{
    private readonly List<(string Staged, string Final)> _staged = [];
    private readonly Lock _gate = new();
    private bool _committed;

    /// <summary>Writes one output to its temporary file.</summary>
    public void Stage(string path, Action<Stream> write, CancellationToken cancellation)
    {
        var staged = AtomicFile.WriteTemporary(path, write, cancellation);
        lock (_gate) _staged.Add((staged, path));
    }

    public void StageText(string path, string text, CancellationToken cancellation) =>
        Stage(path, stream => stream.Write(new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text)), cancellation);

    /// <summary>Where the content of <paramref name="path"/> is until it is committed.</summary>
    public string ContentOf(string path)
    {
        lock (_gate) return _staged.First(s => s.Final == path).Staged;
    }

    /// <summary>Moves every staged output into place in the order staged.</summary>
    public void Commit(CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        lock (_gate)
        {
            foreach (var (staged, final) in _staged) File.Move(staged, final, overwrite: true);
            _committed = true;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_committed) return;
            foreach (var (staged, _) in _staged)
            {
                try
                {
                    File.Delete(staged);
                }
                catch (IOException) { /* the next build into the folder sweeps it */ }
                catch (UnauthorizedAccessException) { }
            }
        }
    }
}
