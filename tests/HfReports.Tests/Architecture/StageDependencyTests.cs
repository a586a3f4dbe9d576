using HfReports.Engine.Spec;

namespace HfReports.Tests.Architecture;

/// <summary>
/// The engine flows one way: specs are read, queries run, transforms shape frames, evaluation checks what the spec
/// expects of them, then charts and tables are drawn, a document is assembled, renderers write it, publishing puts the
/// files in place together, and Build orchestrates. An upstream stage referring to a downstream
/// one (read from the compiled IL, see <see cref="TypeReferences"/>) fails here, naming the types on both ends.
/// </summary>
public sealed class StageDependencyTests
{
    private const string Engine = "HfReports.Engine";

    /// <summary>Each stage and the stages it must not refer to.</summary>
    private static readonly (string Stage, string[] Downstream)[] Rules =
    [
        ("Spec", ["Query", "Transform", "Evaluation", "Charts", "Tables", "Document", "Rendering", "Publishing", "Build"]),
        ("Query", ["Transform", "Evaluation", "Charts", "Tables", "Document", "Rendering", "Publishing", "Build"]),
        ("Transform", ["Query", "Evaluation", "Charts", "Tables", "Document", "Rendering", "Publishing", "Build"]),
        ("Evaluation", ["Charts", "Tables", "Document", "Rendering", "Publishing", "Build"]),
        ("Charts", ["Document", "Rendering", "Publishing", "Build"]),
        ("Tables", ["Charts", "Document", "Rendering", "Publishing", "Build"]),
        ("Document", ["Charts", "Rendering", "Publishing", "Build"]),
        ("Rendering", ["Publishing", "Build"]),
        ("Publishing", ["Charts", "Document", "Rendering", "Build"]),
    ];

    /// <summary>References that break the rules today, each to be removed (the test fails when one is gone, so the list
    /// only shrinks). Build's profiler is a stopwatch every stage may report to.</summary>
    private static readonly HashSet<string> KnownExceptions =
    [
        // The report reader checks benchmark generations against the query stage's own list.
        "Spec -> HfReports.Engine.Query.BenchmarkGeneration",
    ];

    private static readonly string[] AllowedEverywhere = ["HfReports.Engine.Build.BuildProfile"];

    [Fact]
    public void No_stage_refers_to_a_stage_downstream_of_it()
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var type in typeof(ReportSpec).Assembly.GetTypes())
        {
            var stage = StageOf(type);
            var rule = Rules.FirstOrDefault(r => r.Stage == stage);
            if (rule.Stage is null) continue;
            foreach (var referenced in TypeReferences.Of(type).SelectMany(TypeReferences.Unwrapped).Where(t => !t.HasElementType).Distinct())
            {
                var target = Outermost(referenced);
                if (AllowedEverywhere.Contains(target.FullName) || !rule.Downstream.Contains(StageOf(target))) continue;
                var edge = $"{stage} -> {target.FullName}";
                found.Add(edge);
                examples.TryAdd(edge, type.FullName!);
            }
        }
        var unexpected = found.Where(e => !KnownExceptions.Contains(e)).Select(e => $"{e} (from {examples[e]})").ToArray();
        Assert.True(unexpected.Length == 0, "upstream stages refer to downstream ones:\n" + string.Join("\n", unexpected));
        var gone = KnownExceptions.Where(e => !found.Contains(e)).ToArray();
        Assert.True(gone.Length == 0, "no longer referenced, remove from KnownExceptions:\n" + string.Join("\n", gone));
    }

    [Fact]
    public void The_document_holds_no_plot_of_the_chart_library()
    {
        // Figures reach the document drawn (size, a drawing onto a canvas, SVG): no ScottPlot type, so no renderer can
        // mutate a plot another is drawing.
        var plots = typeof(ReportSpec).Assembly.GetTypes().Where(t => StageOf(t) == "Document")
            .SelectMany(t => TypeReferences.Of(t).SelectMany(TypeReferences.Unwrapped).Select(r => (From: t, To: r)))
            .Where(e => e.To.Namespace?.StartsWith("ScottPlot", StringComparison.Ordinal) == true)
            .Select(e => $"{e.From.FullName} -> {e.To.FullName}").Distinct().ToArray();
        Assert.True(plots.Length == 0, "the document refers to the chart library:\n" + string.Join("\n", plots));
    }

    [Fact]
    public void Ingest_does_not_refer_to_the_engine_nor_the_engine_to_the_command_line()
    {
        var ingest = typeof(HfReports.Ingest.Snapshot.ModelsTable).Assembly;
        Assert.DoesNotContain(ingest.GetReferencedAssemblies(), a => a.Name == Engine);
        Assert.DoesNotContain(typeof(ReportSpec).Assembly.GetReferencedAssemblies(), a => a.Name == "hfreports");
    }

    [Fact]
    public void Spec_refers_to_nothing_in_Charts()
    {
        // The spec reader gets chart type names, colours and palettes handed in (SpecVocabulary); no exception here.
        var edges = typeof(ReportSpec).Assembly.GetTypes().Where(t => StageOf(t) == "Spec")
            .SelectMany(t => TypeReferences.Of(t).SelectMany(TypeReferences.Unwrapped).Select(Outermost)
                .Where(r => StageOf(r) == "Charts").Select(r => $"{t.FullName} -> {r.FullName}"))
            .Distinct().ToArray();
        Assert.True(edges.Length == 0, "Spec refers to Charts:\n" + string.Join("\n", edges));
    }

    [Fact]
    public void The_reference_reader_sees_a_call_made_by_full_name()
    {
        // FullNameCaller calls HfReports.Engine.Charts.NamedColors.TryParse by full name in a method body, with no
        // using and no field or signature of that type: a reader blind to bodies would pass the rules above vacuously.
        var fromCaller = TypeReferences.Of(typeof(FullNameCaller)).Select(Outermost).ToHashSet();
        Assert.Contains(typeof(HfReports.Engine.Charts.NamedColors), fromCaller);
        Assert.Contains(typeof(HfReports.Engine.Charts.ChartCatalog), TypeReferences.Of(typeof(HfReports.Engine.Charts.ChartBuilder)));
    }

    private static class FullNameCaller
    {
        public static bool IsColor(string text) => HfReports.Engine.Charts.NamedColors.TryParse(text, out _);
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer && !type.IsGenericParameter) type = outer;
        return type;
    }

    /// <summary>The stage a type belongs to: the namespace segment after HfReports.Engine (empty outside the engine).</summary>
    private static string StageOf(Type type)
    {
        var ns = type.Namespace ?? "";
        if (!ns.StartsWith(Engine + ".", StringComparison.Ordinal)) return "";
        return ns[(Engine.Length + 1)..].Split('.')[0];
    }
}
