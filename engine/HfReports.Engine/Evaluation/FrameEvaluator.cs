using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using HfReports.Engine.Build;
using HfReports.Engine.Frames;
using HfReports.Engine.Query;
using HfReports.Engine.Spec;
using HfReports.Engine.Transform;
using Microsoft.Data.Sqlite;

namespace HfReports.Engine.Evaluation;

/// <summary>Evaluates data blocks: runs the query (or takes a named frame), then the transforms, then the
/// expectations. Every failure becomes a diagnostic at the spec location it comes from.</summary>
/// <param name="rowLimit">Read at most this many rows per query (check); frames cut short skip their expectations.</param>
/// <param name="strict">Failed expectations are errors rather than warnings.</param>
/// <param name="synthetic">The snapshot is made-up demo data: published numbers cannot hold on it, so failed
/// expectations are recorded but not reported as diagnostics.</param>
/// <param name="cancellation">Stops a running query when the build is cancelled.</param>
internal sealed partial class FrameEvaluator(SnapshotDatabase database, IReadOnlyDictionary<string, object?> parameters, DiagnosticBag diagnostics,
    int? rowLimit, bool strict = false, bool synthetic = false, CancellationToken cancellation = default)
{
    private readonly Dictionary<string, Frame> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _namedKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _truncatedNames = new(StringComparer.Ordinal);
    private readonly List<ExpectationResult> _expectations = [];
    private readonly ConcurrentDictionary<DataSpec, FrameOutcome> _prepared = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyDictionary<string, Frame> Named => _named;

    public SnapshotDatabase Database => database;

    /// <summary>The build's cancellation, for the steps after the queries (markup, layout) to check too.</summary>
    public CancellationToken Cancellation => cancellation;

    /// <summary>Failed expectations and templates reading missing values are errors, not warnings.</summary>
    public bool Strict => strict;

    /// <summary>Every expectation evaluated so far, in evaluation order.</summary>
    public IReadOnlyList<ExpectationResult> Expectations => _expectations;

    /// <summary>Where evaluated frames are kept between builds; null computes everything.</summary>
    public IFrameStore? Store { get; init; }

    /// <summary>How many queries may run at once in <see cref="Prepare"/>, each on its own read-only connection.</summary>
    public int Parallelism { get; init; } = 1;

    public void EvaluateNamed(IReadOnlyDictionary<string, DataSpec> frames)
    {
        // Queries first, concurrently; frames built on other frames then follow in declaration order.
        Prepare(frames.Values.Where(f => f.FrameReference is null));
        foreach (var (name, spec) in frames)
        {
            var frame = Evaluate(spec, out var truncated);
            _namedKeys[name] = frame is null ? null : KeyOf(spec);
            if (frame is not null)
            {
                _named[name] = frame;
                if (truncated) _truncatedNames.Add(name);
            }
        }
    }

    /// <summary>
    /// Computes the given data blocks ahead of <see cref="Evaluate(DataSpec)"/>, up to <see cref="Parallelism"/> at once.
    /// Nothing is reported here: diagnostics and expectations are added when each block is evaluated, in spec order,
    /// so the result does not depend on which query finished first.
    /// </summary>
    public void Prepare(IEnumerable<DataSpec> specs, Action<DataSpec, FrameOutcome, SnapshotDatabase>? then = null)
    {
        var pending = specs.Where(s => s.IsComplete && !_prepared.ContainsKey(s)).Distinct(ReferenceEqualityComparer.Instance).Cast<DataSpec>().ToArray();
        if (pending.Length == 0) return;
        if (Parallelism <= 1 || pending.Length == 1)
        {
            foreach (var spec in pending) PrepareOne(spec, database, then);
            return;
        }
        var connections = new ConcurrentBag<SnapshotDatabase>();
        try
        {
            Parallel.ForEach(pending, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellation },
                () => { var own = SnapshotDatabase.OpenReadOnly(database.Path); connections.Add(own); return own; },
                (spec, _, own) => { PrepareOne(spec, own, then); return own; },
                _ => { });
        }
        catch (AggregateException e)
        {
            // A cancelled build is a cancellation whichever query noticed it first; anything else is the first failure as thrown.
            cancellation.ThrowIfCancellationRequested();
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.Flatten().InnerExceptions[0]);
        }
        finally
        {
            foreach (var connection in connections) connection.Dispose();
        }
    }

    private void PrepareOne(DataSpec spec, SnapshotDatabase on, Action<DataSpec, FrameOutcome, SnapshotDatabase>? then)
    {
        var outcome = Compute(spec, on);
        _prepared[spec] = outcome;
        then?.Invoke(spec, outcome, on);
    }

    /// <summary>Whether the block's frame is computed already (ahead or by an evaluation).</summary>
    public bool IsPrepared(DataSpec spec) => _prepared.ContainsKey(spec);

    /// <summary>The block's frame as computed ahead, reporting nothing (any thread); null when not computed or failed.</summary>
    public Frame? PreparedFrame(DataSpec spec) => _prepared.TryGetValue(spec, out var outcome) ? outcome.Frame : null;

    /// <summary>The cache key of a block's frame as last computed; null when it failed or nothing is cached.</summary>
    public string? KeyOf(DataSpec spec) => _prepared.TryGetValue(spec, out var outcome) ? outcome.Key : null;

    /// <summary>Whether the block's frame came from the cache rather than its query.</summary>
    public bool WasReused(DataSpec spec) => _prepared.TryGetValue(spec, out var outcome) && outcome.Reused;

    /// <summary>How long computing the block's frame took in this build (zero when it came from the cache).</summary>
    public TimeSpan ComputeTime(DataSpec spec) => _prepared.TryGetValue(spec, out var outcome) ? outcome.Elapsed : TimeSpan.Zero;

    public Frame? Evaluate(DataSpec spec) => Evaluate(spec, out _, diagnostics);

    /// <summary>The block's frame; its problems and failed expectations go to <paramref name="into"/> (a block's own
    /// list, told when the document reaches it).</summary>
    public Frame? Evaluate(DataSpec spec, DiagnosticBag into) => Evaluate(spec, out _, into);

    public Frame? Evaluate(DataSpec spec, out bool truncated) => Evaluate(spec, out truncated, diagnostics);

    private Frame? Evaluate(DataSpec spec, out bool truncated, DiagnosticBag into)
    {
        truncated = false;
        if (!spec.IsComplete) return null;
        var outcome = _prepared.GetOrAdd(spec, s => Compute(s, database));
        foreach (var diagnostic in outcome.Diagnostics) into.Add(diagnostic);
        if (outcome.Frame is not { } frame) return null;
        truncated = outcome.Truncated;
        CheckExpectations(spec, frame, truncated, into);
        return frame;
    }

    /// <summary>What every frame of the build together may hold; null: no total beyond each frame's own limits.</summary>
    public FrameAllowance? Allowance { get; init; }

    /// <summary>The block's frame, charged to the build's <see cref="Allowance"/> unless it is a named frame as it is.</summary>
    private FrameOutcome Compute(DataSpec spec, SnapshotDatabase on)
    {
        FrameOutcome outcome;
        using (var reading = Allowance?.StartReading())
            outcome = ComputeFrame(spec, on, reading);
        if (Allowance is null || outcome.Frame is not { } frame) return outcome;
        if (spec.FrameReference is { } reference && _named.TryGetValue(reference, out var named) && ReferenceEquals(named, frame)) return outcome;
        if (Allowance.Charge(frame) is not { } exceeded) return outcome;
        var problems = new DiagnosticBag();
        problems.Error(exceeded, spec.Location, spec.KeyPath);
        return FrameOutcome.Failed(problems);
    }

    /// <summary>Query (or named frame) and transforms, from the store when it has them; reports nothing, so it can run on any thread.</summary>
    /// <param name="reading">What its query may take from the build's allowance while it reads (given back once the block's frame is made, just before it is charged).</param>
    private FrameOutcome ComputeFrame(DataSpec spec, SnapshotDatabase on, IReadingAllowance? reading)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var problems = new DiagnosticBag();
        Frame frame;
        bool truncated;
        string? key = null;
        // The block's own params override the report's, for its query and its transforms alike.
        var bound = new Dictionary<string, object?>(parameters, StringComparer.Ordinal);
        foreach (var (name, value) in spec.Parameters) bound[name] = value;
        if (spec.FrameReference is { } reference)
        {
            if (!_named.TryGetValue(reference, out var named))
            {
                problems.Error($"no frame named '{reference}'", spec.SqlLocation ?? spec.Location, spec.SqlKeyPath ?? SpecNode.Join(spec.KeyPath, "frame"),
                    Suggestions.DidYouMean(reference, _named.Keys) ?? (_named.Count == 0 ? "the report declares no frames" : $"frames: {string.Join(", ", _named.Keys)}"));
                return FrameOutcome.Failed(problems);
            }
            if (Store is not null && _namedKeys.GetValueOrDefault(reference) is { } namedKey)
                key = Store.KeyOf(spec, namedKey, bound, rowLimit);
            if (key is not null && Store!.TryRead(key) is { } stored) return FrameOutcome.FromStore(stored.Frame, stored.Truncated, key);
            frame = named;
            truncated = _truncatedNames.Contains(reference);
        }
        else
        {
            key = Store?.KeyOf(spec, null, bound, rowLimit);
            if (key is not null && Store!.TryRead(key) is { } stored) return FrameOutcome.FromStore(stored.Frame, stored.Truncated, key);
            var engine = SnapshotLocation.Name(on.Engine);
            if (spec.SqlFor(engine) is not { } variant)
            {
                problems.Error($"the data block gives SQL for {string.Join(", ", spec.SqlVariants.Keys)} but not for {engine}, the engine of the snapshot",
                    spec.SqlLocation ?? spec.Location, spec.SqlKeyPath ?? spec.KeyPath, $"add `{engine}: a.{engine}.sql` under its sql (reports/DSL.md lists what differs between engines)");
                return FrameOutcome.Failed(problems);
            }
            var location = variant.Location;
            var keyPath = variant.KeyPath;
            var sql = variant.Sql;
            try
            {
                using (BuildProfile.Measure("sql"))
                using (QueryWatch.At(location, keyPath))
                    (frame, truncated) = QueryRunner.Run(on, sql ?? "", bound, spec.Types, rowLimit,
                        QueryLimits.For(spec.Timeout, spec.MaxRows), cancellation, reading);
            }
            catch (MissingParameterException e)
            {
                problems.Error(e.Message, location, keyPath, e.Known.Count == 0
                    ? "declare it under the report's 'parameters' or the data block's 'params'"
                    : $"known parameters: {string.Join(", ", e.Known)}");
                return FrameOutcome.Failed(problems);
            }
            catch (QueryException e)
            {
                problems.Error(e.Message, location, keyPath);
                return FrameOutcome.Failed(problems);
            }
            catch (SqliteException e)
            {
                // Dapper's literal token is not SQL: the error says why it is refused, not only where SQLite stumbled.
                if (DapperLiteral().Match(sql ?? "") is { Success: true } literal)
                    problems.Error($"'{{={literal.Groups["name"].Value}}}' would paste a value into the SQL text, which HfReports never does (SQL error: {SqliteMessage.Of(e)})",
                        location, keyPath, $"write :{literal.Groups["name"].Value} (a bound parameter)");
                else
                    problems.Error($"SQL error: {SqliteMessage.Of(e)}", location, keyPath);
                return FrameOutcome.Failed(problems);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException)
            {
                problems.Error(e.Message, location, keyPath);
                return FrameOutcome.Failed(problems);
            }
        }
        try
        {
            using (BuildProfile.Measure("transforms"))
                frame = TransformPipeline.Apply(frame, spec.Transforms, bound, cancellation);
        }
        catch (TransformException e)
        {
            problems.Error(e.Message, e.Step.Location, e.Step.KeyPath, e.Suggestion);
            return FrameOutcome.Failed(problems);
        }
        if (key is not null) Store!.Write(key, frame, truncated);
        return new FrameOutcome(frame, truncated, [], key, Reused: false, clock.Elapsed);
    }

    /// <summary>Names of the parameters a query uses (:name, @name, $name).</summary>
    public static IEnumerable<string> ParameterNames(string sql) => SqlParameter().Matches(sql).Select(m => m.Groups["name"].Value);

    private void CheckExpectations(DataSpec spec, Frame frame, bool truncated, DiagnosticBag diagnostics)
    {
        foreach (var expectation in spec.Expectations)
        {
            // A frame cut short by the row limit still has all its columns, so column mistakes are found anyway,
            // except where a pivot makes columns out of data values that the cut-off rows may hold.
            if (truncated)
            {
                if (spec.Transforms.Any(t => t is Spec.Transforms.PivotSpec)) continue;
                foreach (var missing in ExpectationChecker.MissingColumns(expectation, frame))
                    diagnostics.Error($"the expectation names column '{missing}', but the frame has: {string.Join(", ", frame.ColumnNames)}",
                        expectation.Location, expectation.KeyPath, Suggestions.DidYouMean(missing, frame.ColumnNames));
                continue;
            }
            var result = ExpectationChecker.Check(expectation, frame);
            _expectations.Add(result);
            if (result.Passed || synthetic) continue;
            diagnostics.Add(new Diagnostic(strict ? Severity.Error : Severity.Warning,
                $"expectation failed: {result.Description}: expected {result.Expected}, got {result.Actual}", expectation.Location, expectation.KeyPath));
        }
    }

    [GeneratedRegex(@"(?<![:\w])[:@$](?<name>[A-Za-z_]\w*)")]
    private static partial Regex SqlParameter();

    /// <summary>Dapper's literal token (`{=name}`), which pastes a value into SQL; SQLite cannot parse it.</summary>
    [GeneratedRegex(@"\{=(?<name>\w+)\}")]
    private static partial Regex DapperLiteral();
}
