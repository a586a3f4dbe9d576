namespace HfReports.Engine.Spec;

/// <summary>The words a spec writes for the values of a vocabulary enum: each member's name in lower case, in
/// declaration order (the order error messages list them in and the JSON Schema's enum follows).</summary>
public static class SpecWords
{
    public static IReadOnlyList<string> Of<TEnum>() where TEnum : struct, Enum =>
        Enum.GetNames<TEnum>().Select(name => name.ToLowerInvariant()).ToArray();

    public static string Word<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToString().ToLowerInvariant();
}
