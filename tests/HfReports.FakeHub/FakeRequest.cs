namespace HfReports.FakeHub;

/// <summary>A request as the fake Hub saw it.</summary>
/// <param name="Origin">'http://127.0.0.1:port', for building absolute Link URLs.</param>
/// <param name="Path">Decoded path, e.g. '/api/models/owner/name/commits/main'.</param>
/// <param name="PathAndQuery">Path with its query string, e.g. '...commits/main?p=1'.</param>
/// <param name="Authorization">The Authorization header, if any.</param>
public sealed record FakeRequest(string Origin, string Path, string PathAndQuery, string? Authorization);
