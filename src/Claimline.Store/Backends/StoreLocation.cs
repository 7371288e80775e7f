using Npgsql;

namespace Claimline.Store.Backends;

/// <summary>
/// What <c>--db</c> names: a SQLite file (any path), or a PostgreSQL database given as a URI
/// (<c>postgres://user[:password]@host[:port]/dbname[?sslmode=require]</c>, also <c>postgresql://</c>) or as an Npgsql
/// connection string (<c>Host=…;Database=…</c>). <see cref="Display"/> names it in messages, without a password.
/// </summary>
public sealed record StoreLocation(StoreKind Kind, string Target, string Display)
{
    /// <summary>Reads what the user gave; a malformed PostgreSQL URI or connection string is a <see cref="StoreException"/> naming it.</summary>
    public static StoreLocation Parse(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (IsPostgres(location))
        {
            var builder = PostgresBuilder(location);
            return new StoreLocation(StoreKind.Postgres, builder.ConnectionString, DisplayOf(builder));
        }

        var full = Path.GetFullPath(location);
        return new StoreLocation(StoreKind.Sqlite, full, location);
    }

    /// <summary>A PostgreSQL URI, or a connection string that names a host (a file path has no <c>Host=</c>).</summary>
    public static bool IsPostgres(string location)
        => location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || (location.Contains('=', StringComparison.Ordinal)
            && location.Split(';').Any(p => p.Trim().StartsWith("Host=", StringComparison.OrdinalIgnoreCase) || p.Trim().StartsWith("Server=", StringComparison.OrdinalIgnoreCase)));

    /// <summary>What a caller that stores the location keeps: the full path of a file, a PostgreSQL location as given.</summary>
    public static string Normalize(string location) => IsPostgres(location) ? location : Path.GetFullPath(location);

    private static NpgsqlConnectionStringBuilder PostgresBuilder(string location)
    {
        try
        {
            var builder = location.Contains("://", StringComparison.Ordinal) ? FromUri(location) : new NpgsqlConnectionStringBuilder(location);
            if (string.IsNullOrEmpty(builder.ApplicationName))
            {
                builder.ApplicationName = "claimline";
            }

            return builder;
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException or FormatException or KeyNotFoundException)
        {
            throw new StoreException($"{Redact(location)}: not a PostgreSQL location (postgres://user@host:port/dbname or Host=…;Database=…): {e.Message}", e);
        }
    }

    private static NpgsqlConnectionStringBuilder FromUri(string location)
    {
        var uri = new Uri(location);
        var builder = new NpgsqlConnectionStringBuilder { Host = Uri.UnescapeDataString(uri.Host) };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        // Query parameters are connection settings by their libpq or Npgsql names: sslmode=require, search_path=x.
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]).Replace('_', ' ');
            builder[key] = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..]);
        }

        return builder;
    }

    private static string DisplayOf(NpgsqlConnectionStringBuilder builder)
    {
        var user = string.IsNullOrEmpty(builder.Username) ? "" : Uri.EscapeDataString(builder.Username) + "@";
        var search = string.IsNullOrEmpty(builder.SearchPath) ? "" : "?search_path=" + Uri.EscapeDataString(builder.SearchPath);
        return $"postgres://{user}{builder.Host}:{builder.Port}/{builder.Database}{search}";
    }

    /// <summary>A location as it may be printed: a URI's password replaced by <c>***</c>, a connection string's Password value too.</summary>
    private static string Redact(string location)
    {
        if (location.Contains("://", StringComparison.Ordinal))
        {
            var at = location.IndexOf('@', StringComparison.Ordinal);
            var colon = location.IndexOf(':', location.IndexOf("://", StringComparison.Ordinal) + 3);
            return at > 0 && colon > 0 && colon < at ? string.Concat(location.AsSpan(0, colon + 1), "***", location.AsSpan(at)) : location;
        }

        return string.Join(';', location.Split(';').Select(p => p.Trim().StartsWith("Password", StringComparison.OrdinalIgnoreCase) ? "Password=***" : p));
    }
}

/// <summary>The two backends of the store.</summary>
public enum StoreKind
{
    /// <summary>An embedded SQLite file: the default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database, shared by a team or by several writers.</summary>
    Postgres,
}
