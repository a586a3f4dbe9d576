namespace HfReports.Ingest.Demo;

/// <summary>
/// The last few repositories of each kind, as parents for fine-tunes and merges. Models are
/// generated in creation order, so a parent is always older than its child; the buffer keeps
/// memory constant however many models are generated.
/// </summary>
internal sealed class RecentModels
{
    private const int Capacity = 64;
    private readonly string[][] _buffers;
    private readonly int[] _counts;

    public RecentModels(int kinds)
    {
        _buffers = new string[kinds][];
        _counts = new int[kinds];
        for (var i = 0; i < kinds; i++) _buffers[i] = new string[Capacity];
    }

    public void Add(int kind, string fullname)
    {
        _buffers[kind][_counts[kind] % Capacity] = fullname;
        _counts[kind]++;
    }

    public string? Pick(int kind, DemoRandom random)
    {
        var available = Math.Min(_counts[kind], Capacity);
        return available == 0 ? null : _buffers[kind][random.NextInt(available)];
    }
}
