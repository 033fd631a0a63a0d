using Npgsql;

namespace HealthExchange.Metrics.Publishing;

/// <summary>Reads a published snapshot back exactly as it was kept (the JSON `hx report --format json` wrote then).</summary>
public sealed class PublishedReports(NpgsqlDataSource dataSource)
{
    public async Task<(string Json, DateTimeOffset PublishedAt)?> FindAsync(string periodLabel, string kind, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT report::text, published_at FROM hx.report_snapshots WHERE period = $1 AND kind = $2");
        command.Parameters.Add(new() { Value = periodLabel });
        command.Parameters.Add(new() { Value = kind });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        return (reader.GetString(0), reader.GetFieldValue<DateTimeOffset>(1));
    }
}
