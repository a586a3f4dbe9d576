namespace HfReports.Engine.Spec;

/// <summary>A table column's <c>align</c>. Left, the default, puts formatted numbers on the right all the same.</summary>
public enum ColumnAlign
{
    Left,
    Right,
    Center,
}
