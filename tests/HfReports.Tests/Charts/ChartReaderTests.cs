using HfReports.Engine.Spec;
using HfReports.Engine.Spec.Charts;
using static HfReports.Tests.Charts.ChartFixture;

namespace HfReports.Tests.Charts;

public class ChartReaderTests
{
    [Fact]
    public void Reads_encodings_marks_statistics_and_annotations()
    {
        var chart = Chart("""
            type: scatter
            x: { field: created_at, type: date, step: 3 months, format: "%b %Y", rotate: 90, min: 2023-01-01 }
            y: { field: average, scale: log }
            color: { field: type, palette: Set2, values: { chat: orange } }
            opacity: 0.65
            smooth: [{ method: loess, span: 0.5 }, linear]
            annotations:
              - { vline: 2023-07-18, label: LLama2, label_at: 250 }
              - { xrange: [2024-01-01, 2024-02-01] }
            """);
        Assert.Equal(AxisType.Date, chart.X!.Type);
        Assert.Equal("3 months", chart.X.Step);
        Assert.Equal(new DateTime(2023, 1, 1).ToOADate(), chart.X.Min);
        Assert.Equal(EncodingScale.Log, chart.Y!.Scale);
        Assert.Equal("orange", chart.Color!.Values["chat"]);
        Assert.Equal(0.65, chart.Marks.Opacity);
        Assert.Equal([TrendMethod.Loess, TrendMethod.Linear], chart.Statistics.Select(s => s.Method));
        Assert.Equal(0.5, chart.Statistics[0].Span);
        Assert.Equal(AnnotationKind.Vline, chart.Annotations[0].Kind);
        Assert.True(chart.Annotations[0].Dash);
        Assert.Equal("2024-02-01", chart.Annotations[1].To);
        Assert.Equal(StackMode.None, chart.Stack);
    }

    [Fact]
    public void Unknown_keys_and_bad_values_are_located_with_suggestions()
    {
        var errors = ChartErrors("""
            type: column
            x: region
            y: { field: amount, stpe: 5 }
            colour: kind
            color: { field: kind, palette: Pared }
            smooth: { method: loess, span: 2 }
            """);
        Assert.Contains(errors, d => d.Message.Contains("unknown key 'stpe'") && d.Location?.Line == 3);
        Assert.Contains(errors, d => d.Message.Contains("unknown key 'colour'") && d.Location?.Line == 4);
        Assert.Contains(errors, d => d.Message.Contains("unknown palette 'Pared'") && d.Location?.Line == 5);
        Assert.Contains(errors, d => d.Message.Contains("'span' must be above 0"));
    }

    [Fact]
    public void Tick_steps_parse_numbers_and_calendar_units()
    {
        Assert.True(TickStep.TryParse("5", out var five));
        Assert.Equal(new TickStep(5, TickUnit.Number), five);
        Assert.True(TickStep.TryParse("3 months", out var quarter));
        Assert.Equal(new TickStep(3, TickUnit.Month), quarter);
        Assert.True(TickStep.TryParse("week", out var week));
        Assert.Equal(TickUnit.Week, week.Unit);
        Assert.False(TickStep.TryParse("fortnight", out _));
    }
}
