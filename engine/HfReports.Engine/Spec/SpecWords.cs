namespace HfReports.Engine.Spec;

/// <summary>The words a spec writes for the values of a vocabulary enum: each member's name in snake case
/// (MovingAverage is moving_average), in declaration order (the order error messages list them in and the JSON
/// Schema's enum follows).</summary>
internal static class SpecWords
{
    public static IReadOnlyList<string> Of<TEnum>() where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(Word).ToArray();

    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    /// <summary>The member a word names; null when it names none.</summary>
    public static TEnum? Parse<TEnum>(string word) where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Where(value => Word(value) == word).Select(value => (TEnum?)value).FirstOrDefault();
}
