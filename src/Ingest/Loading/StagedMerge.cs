using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// The idempotent move from the staging table into a data table, shared by table batches and CDA documents:
/// corrections first, then new records with the aggregates they feed.
/// </summary>
internal static class StagedMerge
{
    public static async Task<(int Inserted, int Updated)> MergeAsync(NpgsqlConnection connection, TableDefinition table, CancellationToken cancellationToken)
    {
        await using var correct = new NpgsqlCommand(StagingTable.Correct(table), connection);
        var updated = await correct.ExecuteNonQueryAsync(cancellationToken);
        await using var insert = new NpgsqlCommand(StagingTable.Insert(table), connection);
        var inserted = (int)(long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        return (inserted, updated);
    }

    /// <summary>The month partition an accepted row's event time falls in.</summary>
    public static DateOnly MonthOf(object? eventTime) => eventTime switch
    {
        DateTime dateTime => new DateOnly(dateTime.Year, dateTime.Month, 1),
        DateOnly date => new DateOnly(date.Year, date.Month, 1),
        _ => throw new InvalidOperationException("an accepted row has no event time"),
    };
}
