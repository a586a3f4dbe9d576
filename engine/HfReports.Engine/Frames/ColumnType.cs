namespace HfReports.Engine.Frames;

/// <summary>The value types a frame column can hold. Values are stored as:
/// Text = string, Integer = long, Real = double, Date = DateTime (UTC), Boolean = bool; null is missing.</summary>
internal enum ColumnType
{
    Text,
    Integer,
    Real,
    Date,
    Boolean,
}
