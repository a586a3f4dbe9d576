namespace HfReports.Ingest.Import.Formats;

/// <summary>A column of one particular file: its position (-1 when absent) and its header text for messages.</summary>
internal readonly record struct Column(int Index, string Header)
{
    public static Column Absent(string name) => new(-1, name);

    public bool IsPresent => Index >= 0;
}
