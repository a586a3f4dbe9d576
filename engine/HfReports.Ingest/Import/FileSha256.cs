using System.Security.Cryptography;

namespace HfReports.Ingest.Import;

/// <summary>The identity of an export: lower-case hex SHA-256 of its bytes (same file, same import).</summary>
internal static class FileSha256
{
    public static string Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
