namespace HfReports.Ingest.Demo;

/// <summary>Set A of the paper's release annotations (0.7): the demo's weekly volume reacts to them.</summary>
internal static class ReleaseDates
{
    public static readonly IReadOnlyList<(string Date, string Label)> SetA =
    [
        ("2023-02-24", "LLama1"),
        ("2023-04-24", "Falcon-7B"),
        ("2023-07-18", "LLama2"),
        ("2023-09-20", "Mistral7b-v0.1"),
        ("2023-10-17", "Phi1 and Phi1.5"),
        ("2023-12-06", "Gemini1.0"),
        ("2023-12-11", "Mistral7b-v0.2 and Mixtral 8x7B"),
        ("2024-01-11", "Phi2"),
        ("2024-02-15", "Gemini1.5"),
        ("2024-04-10", "Mixtral 8x22B"),
        ("2024-04-18", "LLama3"),
        ("2024-04-22", "Phi3-mini"),
        ("2024-05-22", "Mistral7b-v0.3"),
    ];
}
