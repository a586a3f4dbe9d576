namespace HfReports.Engine.Spec;

/// <summary>A place in a spec file: 1-based line and column.</summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
