using System.Security.Cryptography;
using System.Text;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Ingest.Schema;

/// <summary>
/// Applies schemas/sql/*.sql in name order, then the DDL generated for every catalogue table. Each step is
/// recorded with its checksum in hx.schema_migrations; a step whose checksum changed is applied again, which
/// is safe because every statement is idempotent. An advisory lock keeps two hosts from migrating at once.
/// </summary>
public sealed class SchemaMigrator(NpgsqlDataSource dataSource)
{
    private const long MigrationLockKey = 0x48584D4947; // "HXMIG"

    public async Task<int> MigrateAsync(CatalogueSet catalogues, CancellationToken cancellationToken = default)
    {
        var steps = SqlSteps()
            .Concat(catalogues.DistinctTables.Select(table => (Id: "table/" + table.Code, Sql: DataTableDdl.Create(table))))
            .ToList();

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Execute(connection, $"SELECT pg_advisory_xact_lock({MigrationLockKey});" +
            "CREATE SCHEMA IF NOT EXISTS hx; CREATE TABLE IF NOT EXISTS hx.schema_migrations (id text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());",
            cancellationToken);
        var applied = await AppliedChecksums(connection, cancellationToken);
        var count = 0;
        foreach (var (id, sql) in steps)
        {
            var checksum = Checksum(sql);
            if (applied.TryGetValue(id, out var existing) && existing == checksum) continue;
            await Execute(connection, sql, cancellationToken);
            await using var record = new NpgsqlCommand(
                "INSERT INTO hx.schema_migrations (id, checksum) VALUES ($1, $2) " +
                "ON CONFLICT (id) DO UPDATE SET checksum = excluded.checksum, applied_at = now()", connection);
            record.Parameters.Add(new() { Value = id });
            record.Parameters.Add(new() { Value = checksum });
            await record.ExecuteNonQueryAsync(cancellationToken);
            count++;
        }
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>The shipped schemas/sql files as steps ("sql/NAME", text), in the order they are applied.</summary>
    public static IReadOnlyList<(string Id, string Sql)> SqlSteps() =>
        Directory.EnumerateFiles(SchemaPaths.Sql, "*.sql").Order(StringComparer.Ordinal)
            .Select(file => (Id: "sql/" + Path.GetFileName(file), Sql: File.ReadAllText(file))).ToList();

    /// <summary>What hx.schema_migrations records for a step: a step whose text changed is applied again.</summary>
    public static string Checksum(string sql) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql)));

    private static async Task<Dictionary<string, string>> AppliedChecksums(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT id, checksum FROM hx.schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) result[reader.GetString(0)] = reader.GetString(1);
        return result;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
