using HfReports.Engine.Frames;
using HfReports.Engine.Spec;
using HfReports.Engine.Tables;

namespace HfReports.Engine.Document;

/// <summary>
/// One figure or table after preparation: exactly one of <see cref="Notice"/>, <see cref="Failed"/> and
/// <see cref="Built"/>. Its diagnostics are told when the document reaches it, so they come in spec order whichever
/// query finished first: those of computing its data before its caption's (rendered from the data as the document is
/// assembled), those of drawing or formatting it and embedding its data after.
/// </summary>
internal abstract record PreparedBlock(BlockSpec Spec)
{
    /// <summary>A table the block requires is empty in this snapshot: nothing of it was computed; a notice stands in
    /// its place. Its diagnostics name required tables the snapshot does not have.</summary>
    public sealed record Notice(BlockSpec Spec, RequirementSpec Requires, IReadOnlyList<string> EmptyTables,
        IReadOnlyList<Diagnostic> Diagnostics) : PreparedBlock(Spec);

    /// <summary>The block could not be built: why (shown in its place) and what was reported. When its data was
    /// computed and only drawing or formatting failed, <paramref name="Data"/> holds it, so the caption is rendered
    /// (and its problems told) as for a built block.</summary>
    public sealed record Failed(BlockSpec Spec, string Why, IReadOnlyList<Diagnostic> Diagnostics, Frame? Data = null,
        IReadOnlyList<Diagnostic>? DrawingDiagnostics = null) : PreparedBlock(Spec);

    /// <summary>The block's frame with its drawn figure or formatted table, and its data as CSV for the HTML (null when
    /// no format embeds it or the build's allowance is spent).</summary>
    public sealed record Built(BlockSpec Spec, Frame Data, DrawnFigure? Figure, TableContent? Table, byte[]? Csv,
        IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<Diagnostic> DrawingDiagnostics) : PreparedBlock(Spec);
}
