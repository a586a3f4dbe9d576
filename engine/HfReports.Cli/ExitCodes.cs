namespace HfReports.Cli;

/// <summary>The documented exit codes of every command.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The report has errors (or failed strict expectations).</summary>
    public const int ReportErrors = 1;
    /// <summary>Input data was refused (import: bad header, bad rows, wrong encoding); nothing was written.</summary>
    public const int BadData = 1;
    /// <summary>The command line is wrong.</summary>
    public const int Usage = 2;
    /// <summary>The snapshot or the environment (fonts, files) is unusable.</summary>
    public const int Environment = 3;
    /// <summary>Interrupted (Ctrl-C); work done so far is kept.</summary>
    public const int Cancelled = 130;
}
