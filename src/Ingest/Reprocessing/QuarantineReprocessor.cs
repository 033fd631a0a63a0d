using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Registry;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Ingest.Reprocessing;

/// <summary>
/// `hx reprocess`: re-validates quarantined rows against the catalogues in force (after a catalogue or value
/// set was fixed) and loads those that pass now, through the same staging and idempotent merge as a load.
/// One transaction per batch holds the batch's row lock, loads the released rows, marks them released and
/// moves them from quarantined to accepted in hx.batches, so received = accepted + quarantined still holds
/// and a second run, or a concurrent one, finds nothing left to load.
/// </summary>
public sealed class QuarantineReprocessor(NpgsqlDataSource dataSource, CatalogueSet catalogues, InstitutionRegistry registry,
    TimeProvider time)
{
    /// <param name="progress">Told (done, total) after each batch, for the CLI's progress line.</param>
    public async Task<IReadOnlyList<BatchReprocessResult>> ReprocessAsync(ReprocessFilter filter, CancellationToken cancellationToken,
        Action<int, int>? progress = null)
    {
        var results = new List<BatchReprocessResult>();
        var pending = await PendingBatchesAsync(filter, cancellationToken);
        foreach (var (institution, batchId) in pending)
        {
            results.Add(await ReprocessBatchAsync(institution, batchId, cancellationToken));
            progress?.Invoke(results.Count, pending.Count);
        }
        return results;
    }

    private async Task<List<(string Institution, string BatchId)>> PendingBatchesAsync(ReprocessFilter filter, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT DISTINCT institution_code, batch_id FROM hx.quarantine
            WHERE released_at IS NULL AND ($1::text IS NULL OR institution_code = $1) AND ($2::text IS NULL OR table_code = $2)
              AND ($3::text IS NULL OR batch_id = $3)
            ORDER BY institution_code, batch_id
            """);
        foreach (var value in new[] { filter.Institution, filter.Table, filter.BatchId })
            command.Parameters.Add(new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        var batches = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) batches.Add((reader.GetString(0), reader.GetString(1)));
        return batches;
    }

    private async Task<BatchReprocessResult> ReprocessBatchAsync(string institution, string batchId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The (institution, table) lock before the batch's row lock, in the loader's order: a load holding the former may
        // move a record's first upload onto this batch's row (RecordFacts), and the opposite order could deadlock.
        if (await TableCodeAsync(connection, institution, batchId, cancellationToken) is { } code && await TableOfAsync(institution, code, cancellationToken) is { } locked)
            await StagedMerge.SerialiseAsync(connection, institution, locked, cancellationToken);
        var batch = await LockBatchAsync(connection, institution, batchId, cancellationToken);
        var rows = await PendingRowsAsync(connection, institution, batchId, cancellationToken);
        var table = await TableOfAsync(institution, batch.Table, cancellationToken);
        if (table is null)
            return BatchReprocessResult.Skip(institution, batchId, batch.Table, rows.Count,
                $"table '{batch.Table}' is not in the catalogue of '{institution}' (or the institution is not registered)");
        if (!BatchFormats.TryParse(batch.Format, out var format))
            return BatchReprocessResult.Skip(institution, batchId, table.Code, rows.Count, $"format '{batch.Format}' cannot be re-read");
        // A quarantined Arrow row is kept as a JSON object of its values (ArrowTableReader): it is re-read as a JSON line.
        if (format == BatchFormat.Arrow) format = BatchFormat.JsonLines;
        if (format == BatchFormat.Csv && batch.CsvHeader is null)
            return BatchReprocessResult.Skip(institution, batchId, table.Code, rows.Count, "the batch's CSV header was not recorded (loaded before migration 003)");

        var identity = new BatchIdentity(institution, batchId, batch.UploadedAt);
        var release = new ReleaseSet(identity, table);
        using (var reader = new QuarantinedRowReader(table, format, batch.CsvHeader, rows))
        {
            var headerErrors = reader.HeaderIssues.Where(issue => issue.Severity == IssueSeverity.Error).ToList();
            foreach (var row in BatchValidator.Validate(table, reader, ValidationContext.At(batch.UploadedAt)))
                release.Add(row, headerErrors);
        }
        var merged = release.AnyPassing ? await LoadAsync(connection, identity, table, release, cancellationToken) : default;

        var now = time.GetUtcNow().UtcDateTime;
        await MarkReleasedAsync(connection, identity, release.Released, now, cancellationToken);
        await RecordFindingsAsync(connection, identity, release.StillFailing, release.Unreadable, now, cancellationToken);
        await MoveCountsAsync(connection, identity, release.Released.Count, merged.FirstUploads, merged.Updated, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BatchReprocessResult(institution, batchId, table.Code, rows.Count, release.Released.Count, merged.Inserted, merged.Updated,
            release.Superseded, release.StillFailing.Count + release.Unreadable.Count, release.IssueCounts());
    }

    /// <summary>The passing rows through staging, the batch rules and the load's own merge.</summary>
    private static async Task<MergeCounts> LoadAsync(NpgsqlConnection connection, BatchIdentity batch, TableDefinition table, ReleaseSet release, CancellationToken cancellationToken)
    {
        await release.StageAsync(connection, cancellationToken);
        await release.KeepBatchRulesAsync(connection, cancellationToken);
        return await StagedMerge.MergeAsync(connection, batch, table, cancellationToken);
    }

    private sealed record BatchRow(string Table, string Format, string[]? CsvHeader, DateTimeOffset UploadedAt);

    /// <summary>The batch row, locked: two reprocess runs on one batch take turns.</summary>
    private static async Task<BatchRow> LockBatchAsync(NpgsqlConnection connection, string institution, string batchId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT table_code, format, csv_header, uploaded_at FROM hx.batches
            WHERE institution_code = $1 AND batch_id = $2 FOR UPDATE
            """, connection);
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = batchId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) throw new InvalidOperationException($"quarantined rows of {institution}/{batchId} have no batch");
        return new BatchRow(reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<string[]>(2), new DateTimeOffset(reader.GetDateTime(3), TimeSpan.Zero));
    }

    private static async Task<string?> TableCodeAsync(NpgsqlConnection connection, string institution, string batchId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT table_code FROM hx.batches WHERE institution_code = $1 AND batch_id = $2", connection);
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = batchId });
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>Read after the batch lock, so rows another run released meanwhile are not seen again.</summary>
    private static async Task<List<QuarantinedRow>> PendingRowsAsync(NpgsqlConnection connection, string institution, string batchId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT row_no, raw FROM hx.quarantine
            WHERE institution_code = $1 AND batch_id = $2 AND released_at IS NULL ORDER BY row_no
            """, connection);
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = batchId });
        var rows = new List<QuarantinedRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) rows.Add(new QuarantinedRow(reader.GetInt32(0), reader.GetString(1)));
        return rows;
    }

    /// <summary>The table as the institution's catalogue in force defines it now.</summary>
    private async Task<TableDefinition?> TableOfAsync(string institutionCode, string tableCode, CancellationToken cancellationToken)
    {
        var institution = await registry.FindAsync(institutionCode, cancellationToken);
        if (institution is null) return null;
        var catalogue = catalogues.CatalogueOf(institution);
        return catalogue is not null && catalogue.TryGetTable(tableCode, out var table) ? table : null;
    }

    private static async Task MarkReleasedAsync(NpgsqlConnection connection, BatchIdentity batch, IReadOnlyList<int> rows, DateTime now, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        await using var command = new NpgsqlCommand("""
            UPDATE hx.quarantine SET released_at = $3, reprocessed_at = $3
            WHERE institution_code = $1 AND batch_id = $2 AND row_no = ANY($4) AND released_at IS NULL
            """, connection);
        AddBatch(command, batch, now);
        command.Parameters.Add(new() { Value = rows.ToArray() });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Rows still failing carry this run's findings; rows still unreadable keep theirs (only the line was re-read).</summary>
    private static async Task RecordFindingsAsync(NpgsqlConnection connection, BatchIdentity batch, IReadOnlyList<(int Row, string Issues)> failing,
        IReadOnlyList<int> unreadable, DateTime now, CancellationToken cancellationToken)
    {
        if (failing.Count == 0 && unreadable.Count == 0) return;
        await using var command = new NpgsqlCommand("""
            UPDATE hx.quarantine AS q SET issues = coalesce(u.issues, q.issues), reprocessed_at = $3
            FROM unnest($4::integer[], $5::jsonb[]) AS u(row_no, issues)
            WHERE q.institution_code = $1 AND q.batch_id = $2 AND q.row_no = u.row_no
            """, connection);
        AddBatch(command, batch, now);
        command.Parameters.Add(new() { Value = failing.Select(row => row.Row).Concat(unreadable).ToArray() });
        command.Parameters.Add(new()
        {
            Value = failing.Select(row => row.Issues).Concat(unreadable.Select(_ => (string?)null)).ToArray(),
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Jsonb,
        });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Released rows move from quarantined to accepted; inserted and updated grow by what the merge did.</summary>
    private static async Task MoveCountsAsync(NpgsqlConnection connection, BatchIdentity batch, int released, int inserted, int updated, CancellationToken cancellationToken)
    {
        if (released == 0) return;
        // Only adds to counts, so the upload roll-ups move by exactly what is added (LedgerFacts).
        await using var command = new NpgsqlCommand($"""
            WITH ledger_facts AS (
                UPDATE hx.batches AS b SET rows_accepted = rows_accepted + $3, rows_quarantined = rows_quarantined - $3,
                                           rows_released = rows_released + $3, rows_inserted = rows_inserted + $4, rows_updated = rows_updated + $5
                WHERE institution_code = $1 AND batch_id = $2
                RETURNING {LedgerFacts.Added("b", accepted: "$3", inserted: "$4")})
            {LedgerFacts.Upkeep}
            SELECT count(*) FROM ledger_facts
            """, connection);
        command.Parameters.Add(new() { Value = batch.Institution });
        command.Parameters.Add(new() { Value = batch.BatchId });
        foreach (var count in new[] { released, inserted, updated }) command.Parameters.Add(new() { Value = count });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddBatch(NpgsqlCommand command, BatchIdentity batch, DateTime now)
    {
        command.Parameters.Add(new() { Value = batch.Institution });
        command.Parameters.Add(new() { Value = batch.BatchId });
        command.Parameters.Add(new() { Value = now, NpgsqlDbType = NpgsqlDbType.TimestampTz });
    }
}
