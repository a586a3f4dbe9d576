namespace HfReports.FakeHub;

/// <summary>What the fake Hub answers: status, body, headers, and an optional extra delay before answering.</summary>
public sealed record FakeReply(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    public static FakeReply Json(string body, IReadOnlyDictionary<string, string>? headers = null) => new(200, body, headers);

    /// <summary>The Hub's answer for a missing repository.</summary>
    public static FakeReply NotFound() =>
        new(404, """{"error":"Repository not found"}""", new Dictionary<string, string> { ["X-Error-Code"] = "RepoNotFound" });

    /// <summary>The Hub's answer for a gated repository whose terms were not accepted.</summary>
    public static FakeReply Gated() =>
        new(401, """{"error":"Access to model is restricted. You must be authenticated to access it."}""", new Dictionary<string, string> { ["X-Error-Code"] = "GatedRepo" });

    public static FakeReply TooManyRequests(int retryAfterSeconds) =>
        new(429, """{"error":"Too many requests"}""", new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static FakeReply ServerError() => new(500, """{"error":"Internal Error"}""");
}
