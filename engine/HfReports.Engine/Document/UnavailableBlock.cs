namespace HfReports.Engine.Document;

/// <summary>A figure or table that this snapshot cannot provide (its required tables are empty).</summary>
/// <param name="Label">"Figure 3" or "Table 2".</param>
internal sealed record UnavailableBlock(string Id, string Label, string Reason, IReadOnlyList<string> EmptyTables);
