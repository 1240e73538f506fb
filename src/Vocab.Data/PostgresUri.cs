using System.Globalization;
using Npgsql;

namespace Vocab.Data;

/// <summary>Turns a libpq-style <c>postgres://user:password@host:port/database?sslmode=require</c> URI into an Npgsql connection string.</summary>
internal static class PostgresUri
{
    public static string ToConnectionString(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || string.IsNullOrEmpty(parsed.Host))
        {
            throw new ArgumentException($"not a valid PostgreSQL URI: {uri}", nameof(uri));
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = parsed.Host.Trim('[', ']'),
            Port = parsed.IsDefaultPort || parsed.Port < 0 ? 5432 : parsed.Port,
        };
        if (!string.IsNullOrEmpty(parsed.UserInfo))
        {
            var colon = parsed.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? parsed.UserInfo : parsed.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(parsed.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(parsed.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in parsed.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..]);
            ApplyParameter(builder, key, value);
        }

        return builder.ConnectionString;
    }

    // libpq parameter names differ from Npgsql's keywords for the common ones; others pass through as Npgsql keywords.
    private static void ApplyParameter(NpgsqlConnectionStringBuilder builder, string key, string value)
    {
        switch (key.ToLowerInvariant())
        {
            case "sslmode":
                builder.SslMode = Enum.Parse<SslMode>(value.Replace("-", "", StringComparison.Ordinal), ignoreCase: true);
                break;
            case "connect_timeout":
                builder.Timeout = int.Parse(value, CultureInfo.InvariantCulture);
                break;
            case "application_name":
                builder.ApplicationName = value;
                break;
            case "user":
                builder.Username = value;
                break;
            case "password":
                builder.Password = value;
                break;
            case "dbname":
                builder.Database = value;
                break;
            default:
                builder[key] = value;
                break;
        }
    }
}
