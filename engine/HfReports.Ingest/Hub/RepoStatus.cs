namespace HfReports.Ingest.Hub;

/// <summary>The values of repo_details.status.</summary>
internal static class RepoStatus
{
    /// <summary>Model information fetched (commits too, unless the Hub refused them).</summary>
    public const string Ok = "ok";
    /// <summary>404, or the Hub's RepoNotFound answer: deleted, renamed, or never public.</summary>
    public const string NotFound = "not_found";
    /// <summary>The Hub refused access with GatedRepo.</summary>
    public const string Gated = "gated";
    /// <summary>401/403 without a gating code: private to its owner.</summary>
    public const string Private = "private";
    /// <summary>Failed after retries, or an unreadable answer; retried by the next run.</summary>
    public const string Error = "error";

    /// <summary>Final answers that a later run does not ask again (unless --refresh).</summary>
    public static bool IsSettled(string status) => status != Error;
}
