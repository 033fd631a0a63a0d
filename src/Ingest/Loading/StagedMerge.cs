using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// The idempotent move from the staging table into a data table, shared by table batches and CDA documents:
/// corrections first, then new records with the aggregates they feed.
/// </summary>
internal static class StagedMerge
{
    /// <remarks>
    /// Loads of the same institution and table are serialised for the rest of the transaction: two batches (a table
    /// batch and a CDA document, say) bringing the same new key at once would otherwise both miss it in the correction
    /// step, and the second INSERT's conflict would drop its row as "unchanged" even when its content differs. Loads of
    /// other institutions or tables never wait. Several tables in one transaction are merged in code order (no deadlock).
    /// </remarks>
    public static async Task<(int Inserted, int Updated)> MergeAsync(NpgsqlConnection connection, string institution, TableDefinition table, CancellationToken cancellationToken)
    {
        await SerialiseAsync(connection, institution, table, cancellationToken);
        await using var correct = new NpgsqlCommand(StagingTable.Correct(table), connection);
        var updated = await correct.ExecuteNonQueryAsync(cancellationToken);
        await using var insert = new NpgsqlCommand(StagingTable.Insert(table), connection);
        var inserted = (int)(long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        return (inserted, updated);
    }

    /// <summary>Takes the (institution, table) lock for the rest of the transaction; taking it again is harmless.</summary>
    public static async Task SerialiseAsync(NpgsqlConnection connection, string institution, TableDefinition table, CancellationToken cancellationToken)
    {
        await using var serialise = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))", connection);
        serialise.Parameters.Add(new() { Value = table.Code });
        serialise.Parameters.Add(new() { Value = institution });
        await serialise.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The month partition an accepted row's event time falls in.</summary>
    public static DateOnly MonthOf(object? eventTime) => eventTime switch
    {
        DateTime dateTime => new DateOnly(dateTime.Year, dateTime.Month, 1),
        DateOnly date => new DateOnly(date.Year, date.Month, 1),
        _ => throw new InvalidOperationException("an accepted row has no event time"),
    };
}
