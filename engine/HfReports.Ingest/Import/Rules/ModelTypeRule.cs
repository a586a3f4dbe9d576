namespace HfReports.Ingest.Import.Rules;

/// <summary>
/// Type labels to the normalised model types (the `model_types` keys). v1 writes
/// "🔶 fine-tuned on domain-specific datasets" (emoji, space, label); v2 squashes the label
/// ("fine-tunedondomain-specificdatasets", "chatmodels", "❓other"). Both are compared after
/// dropping the leading symbols and all whitespace, lower-cased. An empty type (v1 `t` = '?')
/// is unknown (NULL); an unrecognised label is a bad value, not silently "other".
/// </summary>
internal static class ModelTypeRule
{
    public const string FineTuned = "fine-tuned on domain-specific datasets";
    public const string Chat = "chat models (RLHF, DPO, IFT, ...)";
    public const string Merge = "base merges and moerges";
    public const string Pretrained = "pretrained";
    public const string ContinuouslyPretrained = "continuously pretrained";
    public const string Multimodal = "multimodal";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [FineTuned, Chat, Merge, Pretrained, ContinuouslyPretrained, Multimodal, Other];

    private static readonly Dictionary<string, string> BySquashedLabel = BuildLookup();

    /// <summary>The normalised type, or null when the export gives none.</summary>
    /// <exception cref="FormatException">The label is not one of the known types.</exception>
    public static string? Normalise(string? exported)
    {
        var squashed = Squash(exported);
        if (squashed.Length == 0) return null;
        return BySquashedLabel.TryGetValue(squashed, out var type)
            ? type
            : throw new FormatException($"unknown model type '{exported}'");
    }

    /// <summary>Lower-case letters, digits and punctuation from the first letter on, without whitespace.</summary>
    private static string Squash(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return "";
        var start = 0;
        while (start < label.Length && !char.IsAsciiLetter(label[start])) start++;
        var chars = new System.Text.StringBuilder(label.Length - start);
        for (var i = start; i < label.Length; i++)
            if (!char.IsWhiteSpace(label[i])) chars.Append(char.ToLowerInvariant(label[i]));
        return chars.ToString();
    }

    private static Dictionary<string, string> BuildLookup()
    {
        var lookup = All.ToDictionary(Squash, type => type, StringComparer.Ordinal);
        // v2 shortens the chat label; the paper's text misspells the merge label.
        lookup["chatmodels"] = Chat;
        lookup["basemergesandmerges"] = Merge;
        return lookup;
    }
}
