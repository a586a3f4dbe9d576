using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace HfReports.FakeHub;

/// <summary>
/// The fake Hub's content: model information and commit lists per repository, served like
/// the Hub does (commit pages of <see cref="PageSize"/>, newest first, '?p=N' pages chained by
/// Link rel="next"). Scripted replies for a path are served first, in order, once each.
/// </summary>
public sealed class FakeHubCatalog
{
    private const string ApiPrefix = "/api/models/";
    private readonly ConcurrentDictionary<string, (string Info, IReadOnlyList<JsonNode> Commits)> _models = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeReply>> _scripted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Func<FakeRequest, FakeReply>> _overrides = new(StringComparer.Ordinal);

    public int PageSize { get; init; } = 50;

    public void AddModel(string id, JsonObject info, IEnumerable<JsonNode> commits) =>
        _models[id] = (info.ToJsonString(), commits.ToList());

    /// <summary>Serve this reply the next time the path (and query) is asked, before the normal answer.</summary>
    public void Script(string pathAndQuery, params FakeReply[] replies)
    {
        var queue = _scripted.GetOrAdd(pathAndQuery, _ => new ConcurrentQueue<FakeReply>());
        foreach (var reply in replies) queue.Enqueue(reply);
    }

    /// <summary>Always answer this path (and query) with the function.</summary>
    public void Override(string pathAndQuery, Func<FakeRequest, FakeReply> reply) => _overrides[pathAndQuery] = reply;

    public static string InfoPath(string id) => ApiPrefix + id;

    public static string CommitsPath(string id) => ApiPrefix + id + "/commits/main";

    public FakeReply Handle(FakeRequest request)
    {
        if (_scripted.TryGetValue(request.PathAndQuery, out var queue) && queue.TryDequeue(out var scripted)) return scripted;
        if (_overrides.TryGetValue(request.PathAndQuery, out var fixedReply)) return fixedReply(request);
        if (!request.Path.StartsWith(ApiPrefix, StringComparison.Ordinal)) return FakeReply.NotFound();

        var rest = request.Path[ApiPrefix.Length..];
        var commitsAt = rest.IndexOf("/commits/", StringComparison.Ordinal);
        var id = commitsAt < 0 ? rest : rest[..commitsAt];
        if (!_models.TryGetValue(id, out var model)) return FakeReply.NotFound();
        return commitsAt < 0 ? FakeReply.Json(model.Info) : CommitPage(request, id, model.Commits);
    }

    private FakeReply CommitPage(FakeRequest request, string id, IReadOnlyList<JsonNode> commits)
    {
        var page = ReadPage(request.PathAndQuery);
        var items = commits.Skip(page * PageSize).Take(PageSize);
        var headers = new Dictionary<string, string>();
        if ((page + 1) * PageSize < commits.Count)
            headers["Link"] = $"<{request.Origin}{CommitsPath(id)}?p={page + 1}>; rel=\"next\"";
        return FakeReply.Json(HubShapes.List(items).ToJsonString(), headers);
    }

    private static int ReadPage(string pathAndQuery)
    {
        var query = pathAndQuery.IndexOf('?');
        if (query < 0) return 0;
        foreach (var pair in pathAndQuery[(query + 1)..].Split('&'))
            if (pair.StartsWith("p=", StringComparison.Ordinal) && int.TryParse(pair[2..], out var page)) return page;
        return 0;
    }
}
