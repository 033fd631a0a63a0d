using Npgsql;

namespace HealthExchange.Api.Dashboard;

/// <summary>hx.dashboard_thresholds: the thresholds in force (the defaults of <see cref="ThresholdFigures"/> overlaid by the operators' rows), and setting them.</summary>
internal sealed class ThresholdStore(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyDictionary<string, decimal>> CurrentAsync(CancellationToken cancellationToken)
    {
        var current = new Dictionary<string, decimal>(ThresholdFigures.Defaults, StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand("SELECT figure, percent FROM hx.dashboard_thresholds");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            if (ThresholdFigures.ByKey.ContainsKey(reader.GetString(0))) current[reader.GetString(0)] = reader.GetDecimal(1);
        return current;
    }

    /// <summary>Sets the given figures in one transaction, recording which token set them.</summary>
    public async Task SetAsync(IReadOnlyDictionary<string, decimal> thresholds, string setBy, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var (figure, percent) in thresholds)
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO hx.dashboard_thresholds (figure, percent, set_by) VALUES ($1, $2, $3)
                ON CONFLICT (figure) DO UPDATE SET percent = excluded.percent, set_by = excluded.set_by, set_at = now()
                """, connection, transaction);
            command.Parameters.Add(new() { Value = figure });
            command.Parameters.Add(new() { Value = percent });
            command.Parameters.Add(new() { Value = setBy });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }
}
