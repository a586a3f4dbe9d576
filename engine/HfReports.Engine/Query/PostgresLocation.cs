using Npgsql;

namespace HfReports.Engine.Query;

/// <summary>
/// A PostgreSQL location as users write it (<c>postgres://user@host:port/db</c> or <c>Host=...;Database=...</c>) turned
/// into an Npgsql connection string. It may not carry a password: Npgsql reads PGPASSWORD and ~/.pgpass (or the file
/// PGPASSFILE names), so the secret stays out of reports.yaml, command lines, messages and build manifests.
/// </summary>
public static class PostgresLocation
{
    /// <exception cref="SnapshotException">Not a location this engine understands, or one holding a password.</exception>
    public static string ConnectionString(string location)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = location.Contains("://", StringComparison.Ordinal) ? FromUrl(location) : new NpgsqlConnectionStringBuilder(location);
        }
        catch (ArgumentException e)
        {
            throw new SnapshotException($"snapshot '{WithoutSecrets(location)}' is not a PostgreSQL location: {e.Message}; write postgres://user@host:port/database or Host=...;Database=...");
        }
        if (!string.IsNullOrEmpty(builder.Password))
            throw new SnapshotException("the PostgreSQL location holds a password; remove it and set PGPASSWORD or a ~/.pgpass line instead (a password in a location would be printed and kept in reports.yaml)");
        builder.ApplicationName ??= "hfreports";
        builder.Pooling = false;
        builder.Timeout = 10;
        builder.IncludeErrorDetail = false;
        return builder.ConnectionString;
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string location)
    {
        if (!Uri.TryCreate(location, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgres" or "postgresql"))
            throw new ArgumentException("the URL cannot be read");
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0) builder.Port = uri.Port;
        if (uri.UserInfo is { Length: > 0 } user)
        {
            var colon = user.IndexOf(':');
            if (colon >= 0) builder.Password = Uri.UnescapeDataString(user[(colon + 1)..]);
            builder.Username = Uri.UnescapeDataString(colon >= 0 ? user[..colon] : user);
        }
        if (uri.AbsolutePath.Trim('/') is { Length: > 0 } database) builder.Database = Uri.UnescapeDataString(database);
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0) throw new ArgumentException($"the URL option '{pair}' has no value");
            builder[Uri.UnescapeDataString(pair[..equals])] = Uri.UnescapeDataString(pair[(equals + 1)..]);
        }
        return builder;
    }

    /// <summary>A message with anything that looks like a password left out.</summary>
    internal static string WithoutSecrets(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"(?i)(password\s*=\s*)[^;\s]*|(://[^:/@\s]*:)[^@\s]*@", m => m.Groups[1].Success ? m.Groups[1].Value + "***" : m.Groups[2].Value + "***@");
}
