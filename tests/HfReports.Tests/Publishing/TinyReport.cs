using HfReports.Tests.Support;

namespace HfReports.Tests.Publishing;

/// <summary>A one-table report and its manifest, written by the test, so a build is fast and its parameters and failures are under the test's control.</summary>
public static class TinyReport
{
    /// <returns>The manifest path.</returns>
    public static string Write(TempFolder folder, string snapshot, string query = "select fullname, average from models where average >= :min_average order by fullname")
    {
        folder.Write("tiny.yaml", $$$"""
            report:
              id: tiny
              title: Tiny report
              parameters:
                min_average: 50
              sections:
                - title: Models
                  blocks:
                    - text: The snapshot has {{ frames.all[0].models }} models.
                    - table:
                        id: models
                        caption: Models at or above the threshold.
                        data:
                          query: {{{query}}}
                        columns:
                          - { field: fullname, title: Model }
                          - { field: average, title: Average, format: "0.00" }
              frames:
                all:
                  query: select count(*) as models from models
            """);
        return folder.Write("reports.yaml", $"""
            snapshot: {snapshot}
            output: out
            formats: [pdf, html]
            theme:
              serif: DejaVu Serif
              sans: DejaVu Sans
              mono: DejaVu Sans Mono
              size: 10
              page: A4
            reports:
              - tiny.yaml
            """);
    }
}
