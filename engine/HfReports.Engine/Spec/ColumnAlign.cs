namespace HfReports.Engine.Spec;

/// <summary>A table column's <c>align</c>. Left, the default, puts formatted numbers on the right all the same.</summary>
internal enum ColumnAlign
{
    Left,
    Right,
    Center,
}
