namespace HfReports.Ingest.Demo;

/// <summary>The six v1 benchmarks of one evaluation; the average is their mean, rounded like the export.</summary>
internal readonly record struct BenchmarkScores(double Arc, double HellaSwag, double Mmlu, double TruthfulQa, double Winogrande, double Gsm8k)
{
    public double Average => Math.Round((Arc + HellaSwag + Mmlu + TruthfulQa + Winogrande + Gsm8k) / 6, 2);

    /// <summary>
    /// The typical v1 profile at a given average, read off the real export: near chance level
    /// (~30) GSM8K is 0 and TruthfulQA/Winogrande sit at their random baselines; at 61 (Mistral
    /// 7B) HellaSwag leads and GSM8K trails; at 75 everything but TruthfulQA is high.
    /// </summary>
    private static readonly (double Average, double[] Profile)[] Anchors =
    [
        (28, [24, 28, 24, 46, 50, 0]),
        (45, [44, 62, 38, 44, 64, 18]),
        (61, [61, 82, 61, 51, 77, 34]),
        (75, [72, 88, 65, 70, 84.5, 70.5]),
        (82, [79, 91, 77, 78, 88, 79]),
    ];

    /// <summary>Scores around a target average, with realistic per-benchmark scatter.</summary>
    public static BenchmarkScores ForAverage(double target, DemoRandom random)
    {
        target = Math.Clamp(target, 26, 82);
        var profile = Interpolate(target);
        Span<double> scores = stackalloc double[6];
        var sum = 0.0;
        for (var i = 0; i < 6; i++)
        {
            var noise = random.Normal(0, i == 5 ? 4.0 : 1.8);
            scores[i] = profile[i] + noise;
            sum += scores[i];
        }
        // Shift so the mean hits the target, then keep every score on its 0-100 scale.
        var shift = target - sum / 6;
        for (var i = 0; i < 6; i++)
            scores[i] = Math.Round(Math.Clamp(scores[i] + shift, 0, 99.5), 2);
        return new BenchmarkScores(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5]);
    }

    private static double[] Interpolate(double average)
    {
        for (var i = 1; i < Anchors.Length; i++)
        {
            if (average > Anchors[i].Average && i < Anchors.Length - 1) continue;
            var (lowAverage, low) = Anchors[i - 1];
            var (highAverage, high) = Anchors[i];
            var t = Math.Clamp((average - lowAverage) / (highAverage - lowAverage), 0, 1);
            var result = new double[6];
            for (var k = 0; k < 6; k++) result[k] = low[k] + t * (high[k] - low[k]);
            return result;
        }
        return Anchors[^1].Profile;
    }
}
