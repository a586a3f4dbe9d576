using System.Data.Common;

namespace HfReports.Engine.Query;

/// <summary>The current row of an ADO.NET reader in SQLite's kinds of value (<see cref="AdoValues"/>).</summary>
internal sealed class AdoRow(DbDataReader reader) : SnapshotStatement.Row
{
    public override int Count => reader.FieldCount;

    public override object? this[int column] => reader.IsDBNull(column) ? null : AdoValues.FromProvider(reader.GetValue(column));
}
