using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// hx.batches: one row per received batch, claimed first inside the load's transaction. A second claim of
/// the same (institution, batch id) finds the row and does nothing, which is what makes redelivery safe;
/// a concurrent claim waits on the first transaction and then finds it too.
/// </summary>
internal static class BatchLedger
{
    /// <summary>Claims a batch id: true when this transaction owns it (new, or given back by a dead-letter replay).</summary>
    /// <remarks>A claimed row holds no counts until <see cref="RecordCountsAsync"/> (nor does a replayed row it takes over), so the
    /// claim moves no roll-up.</remarks>
    public static async Task<bool> TryClaimAsync(NpgsqlConnection connection, BatchIdentity batch, LedgerClaim claim, CancellationToken cancellationToken) =>
        await Statements.ExecuteAsync(connection, Claim(batch, claim), cancellationToken) == 1;

    /// <summary>
    /// The claim as one statement of a batch sent with others (<see cref="BatchLoader"/> sends it with the direct path's
    /// lock): it yields one row when this transaction owns the batch id, none when the id is taken.
    /// </summary>
    public static NpgsqlBatchCommand Claim(BatchIdentity batch, LedgerClaim claim)
    {
        var command = new NpgsqlBatchCommand("""
            INSERT INTO hx.batches AS b (institution_code, batch_id, kafka_topic, kafka_partition, kafka_offset, uploaded_at, upload_day,
                                         table_code, format, status, rows_received, source_kind, csv_header)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'loaded', 0, $10, $11)
            ON CONFLICT (institution_code, batch_id) DO UPDATE SET status = 'loaded', reason_code = NULL,
                kafka_topic = excluded.kafka_topic, kafka_partition = excluded.kafka_partition, kafka_offset = excluded.kafka_offset,
                table_code = excluded.table_code, format = excluded.format, source_kind = excluded.source_kind,
                csv_header = excluded.csv_header, processed_at = now()
            WHERE b.status = 'replayed'
            RETURNING true
            """);
        AddIdentity(command.Parameters, batch);
        command.Parameters.Add(new() { Value = (object?)claim.Table ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = claim.Format });
        command.Parameters.Add(new() { Value = claim.SourceKind });
        command.Parameters.Add(new() { Value = (object?)claim.CsvHeader?.Select(field => StorableText.Clean(field)).ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return command;
    }

    /// <summary>A load's counts, set on its claimed row; the upload roll-ups move by the difference (<see cref="LedgerFacts"/>).</summary>
    public static Task RecordCountsAsync(NpgsqlConnection connection, BatchIdentity batch, LoadOutcome outcome, CancellationToken cancellationToken) =>
        Statements.ExecuteAsync(connection, Counts(batch, outcome), cancellationToken);

    /// <summary>The counts as one statement of a batch sent with others (the direct path sends it with its record upkeep).</summary>
    public static NpgsqlBatchCommand Counts(BatchIdentity batch, LoadOutcome outcome)
    {
        var command = new NpgsqlBatchCommand(LedgerFacts.Rewriting("b.institution_code = $1 AND b.batch_id = $2", """
            rows_received = $3, rows_accepted = $4, rows_inserted = $5, rows_updated = $6,
            rows_quarantined = $7, warnings = $8, rows_stale = $9, rows_retracted = $10, processed_at = now()
            """));
        command.Parameters.Add(new() { Value = batch.Institution });
        command.Parameters.Add(new() { Value = batch.BatchId });
        foreach (var count in new[] { outcome.Received, outcome.Accepted, outcome.Inserted, outcome.Updated, outcome.Quarantined, outcome.Warnings, outcome.Stale, outcome.Retracted })
            command.Parameters.Add(new() { Value = count });
        return command;
    }

    /// <summary>
    /// Records a dead-lettered record as received and not loaded; idempotent like a load. A row a replay gave back
    /// ('replayed') becomes a dead letter again when the replay dead-letters too, so it is counted once either way.
    /// </summary>
    public static async Task RecordDeadLetterAsync(NpgsqlConnection connection, DeadLetterEntry entry, CancellationToken cancellationToken)
    {
        // A row a replay gave back holds no counts (ReleaseDeadLetterAsync zeroed them), so taking it over only adds.
        await using var command = new NpgsqlCommand(LedgerFacts.Adding("""
            INSERT INTO hx.batches AS b (institution_code, batch_id, kafka_topic, kafka_partition, kafka_offset, uploaded_at, upload_day,
                                         rows_received, table_code, format, status, reason_code, source_kind)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'dead_letter', $11, $12)
            ON CONFLICT (institution_code, batch_id) DO UPDATE SET status = 'dead_letter', rows_received = excluded.rows_received,
                reason_code = excluded.reason_code, processed_at = now()
            WHERE b.status = 'replayed'
            """), connection);
        AddIdentity(command.Parameters, entry.Batch);
        command.Parameters.Add(new() { Value = entry.RowsReceived });
        command.Parameters.Add(new() { Value = (object?)entry.Table ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = (object?)entry.Format ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new() { Value = entry.ReasonCode });
        command.Parameters.Add(new() { Value = entry.SourceKind });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Before a dead letter is replayed: its ledger row counts as nothing and its batch id is free for the replay's load.</summary>
    public static async Task ReleaseDeadLetterAsync(NpgsqlConnection connection, string institution, string batchId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(LedgerFacts.Rewriting(
            "b.institution_code = $1 AND b.batch_id = $2 AND b.status = 'dead_letter'",
            "status = 'replayed', rows_received = 0, processed_at = now()"), connection);
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = batchId });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<LoadOutcome> ReadOutcomeAsync(NpgsqlDataSource dataSource, BatchIdentity batch, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await ReadOutcomeAsync(connection, batch, cancellationToken);
    }

    /// <summary>What the batch that took this id recorded, read where its claim is visible (maybe not yet committed).</summary>
    public static async Task<LoadOutcome> ReadOutcomeAsync(NpgsqlConnection connection, BatchIdentity batch, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT rows_received, rows_accepted, rows_inserted, rows_updated, rows_quarantined, warnings, rows_stale, rows_retracted
            FROM hx.batches WHERE institution_code = $1 AND batch_id = $2
            """, connection);
        command.Parameters.Add(new() { Value = batch.Institution });
        command.Parameters.Add(new() { Value = batch.BatchId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) throw new InvalidOperationException("a claimed batch vanished");
        return new LoadOutcome(true, reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5))
        {
            Stale = reader.GetInt32(6),
            Retracted = reader.GetInt32(7),
        };
    }

    private static void AddIdentity(NpgsqlParameterCollection parameters, BatchIdentity batch)
    {
        parameters.Add(new() { Value = batch.Institution });
        parameters.Add(new() { Value = batch.BatchId });
        parameters.Add(new() { Value = (object?)batch.Topic ?? DBNull.Value });
        parameters.Add(new() { Value = (object?)batch.Partition ?? DBNull.Value });
        parameters.Add(new() { Value = (object?)batch.Offset ?? DBNull.Value });
        parameters.Add(new() { Value = batch.UploadedAt.UtcDateTime });
        parameters.Add(new() { Value = DateOnly.FromDateTime(PlatformTime.ToLocal(batch.UploadedAt)) });
    }
}
