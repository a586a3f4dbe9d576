namespace HfReports.Engine.Spec;

/// <summary>What the manifest reader accepts that later stages define: the output formats (the renderer catalog's)
/// and the colours a theme may map values to. The caller hands it in (the engine's is
/// <c>Build.EngineVocabulary.Manifest</c>).</summary>
internal sealed record ManifestVocabulary(IReadOnlyList<string> Formats, ColorVocabulary Colors);
