using Npgsql;

namespace HealthExchange.Host.Pipeline;

/// <summary>Creates and drops whole databases on the configured server (the demo's own, tests' throwaway ones).</summary>
internal static class DatabaseAdmin
{
    /// <summary>Drops and recreates <paramref name="database"/>; returns a connection string for it.</summary>
    public static async Task<string> RecreateAsync(string connectionString, string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!System.Text.RegularExpressions.Regex.IsMatch(database, "^[a-z][a-z0-9_]{0,40}$"))
            throw new ArgumentException("database names are lower-case identifiers", nameof(database));
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false };
        await using (var connection = new NpgsqlConnection(maintenance.ConnectionString))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await create.ExecuteNonQueryAsync();
        }
        builder.Database = database;
        return builder.ConnectionString;
    }
}
