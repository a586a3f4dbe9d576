using HfReports.Engine.Evaluation;
using HfReports.Engine.Spec;
using HfReports.Engine.Text;

namespace HfReports.Engine.Document;

/// <summary>
/// What a report's preparation (queries, transforms, expectations, drawing: the build's first phase) hands to the
/// assembly of its document (<see cref="ReportAssembler"/>), and nothing more: for each figure and table, in spec
/// order, exactly one <see cref="PreparedBlock"/>; every expectation result; the scope templates render in; what the
/// title says of the snapshot. Nothing in it changes once made.
/// </summary>
/// <param name="Provenance">"Built from …": the import the snapshot holds; null when it has none.</param>
/// <param name="SnapshotCreatedAt">Dates the document unless SOURCE_DATE_EPOCH is given (<see cref="BuildDate"/>).</param>
internal sealed class PreparedReport(IReadOnlyList<PreparedBlock> blocks, IReadOnlyList<ExpectationResult> expectations, TemplateScope scope,
    bool synthetic, string? provenance, DateTime snapshotCreatedAt)
{
    private readonly Dictionary<BlockSpec, PreparedBlock> _bySpec =
        blocks.ToDictionary<PreparedBlock, BlockSpec>(b => b.Spec, ReferenceEqualityComparer.Instance);

    public IReadOnlyList<PreparedBlock> Blocks { get; } = blocks;

    /// <summary>Every expectation of the report evaluated in preparation (named frames first, then blocks in spec order).</summary>
    public IReadOnlyList<ExpectationResult> Expectations { get; } = expectations;

    /// <summary>What templates see: named frames, parameters, snapshot facts, numbering.</summary>
    public TemplateScope Scope { get; } = scope;

    /// <summary>The snapshot is made-up demo data (the title says so, the checks table explains failed numbers).</summary>
    public bool Synthetic { get; } = synthetic;

    public string? Provenance { get; } = provenance;

    public DateTime SnapshotCreatedAt { get; } = snapshotCreatedAt;

    /// <summary>The prepared figure or table of the spec; every figure and table of the report has one.</summary>
    public PreparedBlock Of(BlockSpec spec) => _bySpec.TryGetValue(spec, out var block)
        ? block
        : throw new ArgumentException($"'{spec.GetType().Name}' at {spec.Location} was not prepared", nameof(spec));
}
