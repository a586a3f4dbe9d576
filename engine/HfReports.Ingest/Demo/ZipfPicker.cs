namespace HfReports.Ingest.Demo;

/// <summary>
/// Zipf-Mandelbrot ranks: rank k has weight (k + shift)^-exponent. With exponent 1 and shift 22,
/// the top 10 of ~1,750 owners get ~8% of 7,000 models and the top 200 about half, as in Fig 2.
/// </summary>
internal sealed class ZipfPicker
{
    private readonly double[] _cumulative;

    public ZipfPicker(int count, double exponent, double shift)
    {
        _cumulative = new double[count];
        var total = 0.0;
        for (var k = 0; k < count; k++)
            _cumulative[k] = total += Math.Pow(k + 1 + shift, -exponent);
    }

    public int Count => _cumulative.Length;

    public int Pick(DemoRandom random)
    {
        var target = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, _cumulative.Length - 1);
    }
}
