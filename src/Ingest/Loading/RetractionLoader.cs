using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// Applies one retraction batch (hx-op: delete) in one transaction: claims its hx.batches row like any batch (a second
/// delivery changes nothing), stages the business keys its rows name and runs <see cref="RetractionSql"/>. The batch
/// uploads no data: it counts in rows_retracted, never in 数据上传量.
/// </summary>
public sealed class RetractionLoader(NpgsqlDataSource dataSource)
{
    public const string SourceKind = "retraction";

    /// <summary>
    /// The shape a retraction's rows are read and checked with: the table's business key, and its event time when the
    /// sender includes it (rows may be sent back as they were first sent). The business key alone names the record.
    /// </summary>
    public static TableDefinition KeyShape(TableDefinition table)
    {
        var columns = table.BusinessKey.Select(name => table.Column(name) with { Required = true }).ToList();
        if (!table.BusinessKey.Contains(table.EventTime)) columns.Add(table.Column(table.EventTime) with { Required = false });
        return table with { Columns = columns, Checks = [], Roles = [], Realtime = null, DeclaredPersonKey = null };
    }

    /// <param name="rows">Rows read with <see cref="KeyShape"/>, every one accepted (a retraction applies whole or not at all).</param>
    public async Task<LoadOutcome> RetractAsync(BatchIdentity batch, TableDefinition table, string format, IReadOnlyList<ValidatedRow> rows,
        string? reason, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await BatchLedger.TryClaimAsync(connection, batch, LedgerClaim.Retraction(table.Code, format), cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            var first = await BatchLedger.ReadOutcomeAsync(dataSource, batch, cancellationToken);
            return first with { Received = rows.Count };
        }
        await StagedMerge.SerialiseAsync(connection, batch.Institution, table, cancellationToken);
        await StageAsync(connection, batch, table, rows, cancellationToken);

        var (retracted, notRetracted) = await ApplyAsync(connection, table, RetractionSql.StagedRequests(table), batch, reason, null, cancellationToken);

        var outcome = new LoadOutcome(false, 0, 0, 0, 0, 0, 0) { Retracted = retracted, NotRetracted = notRetracted };
        await BatchLedger.RecordCountsAsync(connection, batch, outcome, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome with { Received = rows.Count };
    }

    /// <summary>
    /// Runs <see cref="RetractionSql.Retract"/> over <paramref name="requests"/> in the name of <paramref name="batch"/> ($1 its
    /// id, $2 its upload time — the retraction's place in the order of versions —, $3 institution, $4 reason, $5
    /// <paramref name="document"/> when the requests name one) and recounts the persons it removed. Every retraction,
    /// a table batch's or a CDA replacement's, goes through here. The caller holds the (institution, table) lock.
    /// </summary>
    internal static async Task<(int Retracted, int NotRetracted)> ApplyAsync(NpgsqlConnection connection, TableDefinition table, string requests,
        BatchIdentity batch, string? reason, string? document, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(RetractionSql.Retract(table, requests), connection);
        command.Parameters.Add(new() { Value = batch.BatchId, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = batch.UploadedAt.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new() { Value = batch.Institution, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)reason ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        if (document is not null) command.Parameters.Add(new() { Value = document, NpgsqlDbType = NpgsqlDbType.Text });
        int retracted, notRetracted;
        string?[] persons;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            (retracted, notRetracted) = (reader.GetInt32(0), reader.GetInt32(1));
            persons = reader.IsDBNull(2) ? [] : reader.GetFieldValue<string?[]>(2);
        }
        if (RecordFacts.KeepsPersons(table)) await StagedMerge.RecountPersonsAsync(connection, batch.Institution, table, persons, cancellationToken);
        return (retracted, notRetracted);
    }

    private static async Task StageAsync(NpgsqlConnection connection, BatchIdentity batch, TableDefinition table, IReadOnlyList<ValidatedRow> rows,
        CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand(RetractionSql.CreateStage(table), connection))
            await create.ExecuteNonQueryAsync(cancellationToken);
        var shape = KeyShape(table);
        var keys = table.BusinessKey.Select(name => (Index: shape.IndexOf(name), table.Column(name).Type.Kind)).ToList();
        var fields = (short)(1 + keys.Count + 1);
        await using var copy = await BinaryCopyWriter.BeginAsync(connection, RetractionSql.CopyStage(table), cancellationToken);
        foreach (var row in rows)
        {
            await copy.StartRowAsync(fields, cancellationToken);
            copy.WriteText(batch.Institution);
            foreach (var (index, kind) in keys) copy.WriteValue(kind, row.Values[index]);
            copy.WriteInt32(row.RowNumber);
        }
        await copy.CompleteAsync(cancellationToken);
    }
}
