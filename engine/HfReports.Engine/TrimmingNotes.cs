namespace HfReports.Engine;

/// <summary>
/// Why the engine's few uses of reflection stay correct when the tool is published as Native AOT (trimmed): the
/// reasons the suppressed trimming warnings cite.
/// </summary>
internal static class TrimmingNotes
{
    public const string ScribanDelegates =
        "Scriban reads the parameters of a delegate made right here (a lambda or a method of this assembly, taking and " +
        "returning objects and strings); the compiler keeps what a delegate points at. The Native AOT tool's papers are " +
        "compared byte for byte with the JIT build's (ToolPackageTests).";

    public const string SpecProperties =
        "The objects walked are the engine's own spec records, and the CLI roots this assembly when it is published as " +
        "Native AOT (TrimmerRootAssembly), so every public property keeps its metadata.";
}
