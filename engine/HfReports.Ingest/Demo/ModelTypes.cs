namespace HfReports.Ingest.Demo;

/// <summary>The v1 model types (labels as in the model_types table) and how the demo mixes them over time.</summary>
internal enum DemoType { FineTuned, Chat, Merge, Pretrained, ContinuouslyPretrained, Unknown }

internal static class ModelTypes
{
    public static string? Label(DemoType type) => type switch
    {
        DemoType.FineTuned => "fine-tuned on domain-specific datasets",
        DemoType.Chat => "chat models (RLHF, DPO, IFT, ...)",
        DemoType.Merge => "base merges and moerges",
        DemoType.Pretrained => "pretrained",
        DemoType.ContinuouslyPretrained => "continuously pretrained",
        _ => null,
    };

    /// <summary>The type as the v1 export writes it: emoji, space, label; NULL when unknown.</summary>
    public static string? RawLabel(DemoType type) => type switch
    {
        DemoType.FineTuned => "🔶 " + Label(type),
        DemoType.Chat => "💬 " + Label(type),
        DemoType.Merge => "🤝 " + Label(type),
        DemoType.Pretrained => "🟢 " + Label(type),
        DemoType.ContinuouslyPretrained => "🟩 " + Label(type),
        _ => null,
    };

    private static readonly long MergeRampStart = DemoClock.Seconds(2023, 10, 15);
    private static readonly long MergeRampEnd = DemoClock.Seconds(2024, 2, 1);
    private static readonly long UnknownFadeStart = DemoClock.Seconds(2023, 11, 1);
    private static readonly long UnknownFadeEnd = DemoClock.Seconds(2024, 3, 1);
    private static readonly long Year2024 = DemoClock.Seconds(2024, 1, 1);

    /// <summary>
    /// Type of a repository created at the given time. Tuned so a 7,000-model demo lands near the
    /// real clean counts (57% fine-tuned, 20% chat, 15% merges, 5% pretrained, 1% continuously
    /// pretrained, 2.5% unknown): merges take off from late 2023, the unknown type fades out.
    /// </summary>
    public static DemoType Pick(long createdAt, DemoRandom random)
    {
        var merge = 0.01 + 0.23 * Ramp(createdAt, MergeRampStart, MergeRampEnd);
        var unknown = 0.065 * (1 - Ramp(createdAt, UnknownFadeStart, UnknownFadeEnd));
        var pretrained = createdAt < DemoClock.BoomStart ? 0.30 : createdAt < Year2024 ? 0.06 : 0.035;
        const double continued = 0.01;
        const double chat = 0.185;
        var u = random.NextDouble();
        if ((u -= merge) < 0) return DemoType.Merge;
        if ((u -= unknown) < 0) return DemoType.Unknown;
        if ((u -= pretrained) < 0) return DemoType.Pretrained;
        if ((u -= continued) < 0) return DemoType.ContinuouslyPretrained;
        if ((u -= chat) < 0) return DemoType.Chat;
        return DemoType.FineTuned;
    }

    /// <summary>0 before start, 1 after end, linear in between.</summary>
    public static double Ramp(long time, long start, long end) =>
        time <= start ? 0 : time >= end ? 1 : (time - start) / (double)(end - start);
}
