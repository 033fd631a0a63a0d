using System.Data.Common;
using Npgsql;

namespace HealthExchange.Ingest.Schema;

/// <summary>
/// The one way the platform opens PostgreSQL. Statements that run again and again (a batch's claim, its lock and
/// tombstone probe, the upkeep of its aggregates, its counts) are prepared on the server after their second use, so
/// PostgreSQL parses and plans each of them once per connection rather than once per batch: measured on the 500-row
/// end-to-end benchmark, that is ≈ 3 µs of PostgreSQL's CPU a row (tests/Benchmarks/README.md). An operator's own
/// Max Auto Prepare in the connection string is kept (0 turns it off).
/// </summary>
public static class PlatformDataSource
{
    public const int MaxAutoPrepare = 128;
    public const int AutoPrepareMinUsages = 2;

    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        if (!Mentions(connectionString, "MaxAutoPrepare"))
        {
            settings.MaxAutoPrepare = MaxAutoPrepare;
            if (!Mentions(connectionString, "AutoPrepareMinUsages")) settings.AutoPrepareMinUsages = AutoPrepareMinUsages;
        }
        return builder.Build();
    }

    /// <summary>Whether the operator set a keyword (Npgsql takes it with or without spaces, in any case).</summary>
    private static bool Mentions(string connectionString, string keyword)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>().Any(key => string.Equals(key.Replace(" ", "", StringComparison.Ordinal), keyword, StringComparison.OrdinalIgnoreCase));
    }
}
