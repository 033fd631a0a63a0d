using System.Collections.Concurrent;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Ingest.Schema;

/// <summary>
/// Creates monthly partitions before rows need them. Runs in its own short transaction, never inside a
/// load, because creating a partition locks the parent table.
/// </summary>
public sealed class PartitionManager(NpgsqlDataSource dataSource)
{
    private readonly ConcurrentDictionary<(string Table, DateOnly Month), bool> _known = new();

    public async Task EnsureAsync(TableDefinition table, IEnumerable<DateOnly> months, CancellationToken cancellationToken)
    {
        var missing = months.Select(month => new DateOnly(month.Year, month.Month, 1)).Distinct()
            .Where(month => !_known.ContainsKey((table.Code, month))).ToList();
        if (missing.Count == 0) return;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Serialise partition creation per table across hosts: IF NOT EXISTS alone races on the catalog.
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext($1))", connection))
        {
            lockCommand.Parameters.Add(new() { Value = "hx-partition:" + table.Code });
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }
        foreach (var month in missing)
        {
            await using var command = new NpgsqlCommand(DataTableDdl.CreatePartition(table, month), connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        foreach (var month in missing) _known[(table.Code, month)] = true;
    }
}
