using HealthExchange.Ingest.Kafka;
using HealthExchange.Ingest.Schema;
using Npgsql;

namespace HealthExchange.Api.Operations;

/// <summary>
/// Ready = PostgreSQL answers and every SQL migration shipped with this build is applied with the same checksum
/// (<see cref="SchemaMigrator"/>'s own steps and checksum). Returns the reasons it is not, empty when ready.
/// </summary>
/// <remarks>
/// When a consumer runs in the same process, it must also hold its group assignment (joined, not lost).
/// </remarks>
internal sealed class ReadinessCheck(NpgsqlDataSource dataSource, ConsumerObservations? consumer = null)
{
    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            await using var command = dataSource.CreateCommand("SELECT id, checksum FROM hx.schema_migrations WHERE id LIKE 'sql/%'");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) applied[reader.GetString(0)] = reader.GetString(1);
        }
        catch (Exception error) when (error is NpgsqlException or InvalidOperationException or TimeoutException)
        {
            // PostgresException (a missing hx.schema_migrations) is an NpgsqlException too: not migrated at all.
            return [$"postgresql: {error.GetType().Name}: {(error is PostgresException pg ? pg.SqlState + " " + pg.MessageText : "unreachable")}"];
        }
        var problems = new List<string>();
        if (consumer is { AssignmentHeld: false }) problems.Add("kafka: the consumer holds no group assignment (not joined yet, or lost)");
        foreach (var (id, sql) in SchemaMigrator.SqlSteps())
        {
            if (!applied.TryGetValue(id, out var existing)) problems.Add($"migration {id} not applied");
            else if (existing != SchemaMigrator.Checksum(sql)) problems.Add($"migration {id} changed since it was applied");
        }
        return problems;
    }
}
