using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using Npgsql;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// Loads one validated batch in one transaction: the batch's receipt row (the idempotency guard), accepted
/// rows by binary COPY straight into the data table when all their keys are new (<see cref="DirectCopy"/>), else
/// through staging and the idempotent merge (<see cref="StagedMerge"/>), rejected rows into quarantine. Either all
/// of it commits or none: nothing half-loaded, and a batch id seen before changes nothing.
/// </summary>
public sealed class BatchLoader(NpgsqlDataSource dataSource)
{
    private long _direct, _staged;

    /// <summary>Off only to prove the two paths equivalent (tests) or to measure the staged path alone (benchmarks).</summary>
    internal bool DirectCopyEnabled { get; init; } = true;

    /// <summary>How many rows the direct attempt may keep for its fallback (<see cref="DirectCopy.MaxKeptRows"/>); smaller in tests.</summary>
    internal int MaxKeptRows { get; init; } = DirectCopy.MaxKeptRows;

    /// <summary>Batches loaded so far by the direct COPY and by the staged merge (for operators and the benchmark).</summary>
    public (long Direct, long Staged) PathCounts => (Interlocked.Read(ref _direct), Interlocked.Read(ref _staged));

    public Task<LoadOutcome> LoadAsync(BatchIdentity batch, TableDefinition table, string format,
        IEnumerable<ValidatedRow> rows, IReadOnlyList<ValidationIssue> headerIssues, CancellationToken cancellationToken) =>
        LoadAsync(batch, table, format, rows, headerIssues, null, cancellationToken);

    /// <param name="csvHeader">A CSV batch's header row as sent, kept so that its quarantined lines can be re-read.</param>
    public async Task<LoadOutcome> LoadAsync(BatchIdentity batch, TableDefinition table, string format,
        IEnumerable<ValidatedRow> rows, IReadOnlyList<ValidationIssue> headerIssues, IReadOnlyList<string>? csvHeader, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await BatchLedger.TryClaimAsync(connection, batch, LedgerClaim.TableBatch(table.Code, format, csvHeader), cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return await BatchLedger.ReadOutcomeAsync(dataSource, batch, cancellationToken);
        }

        var tally = new BatchTally();
        using var enumerator = rows.GetEnumerator();
        var merged = await LoadAcceptedAsync(connection, batch, table, enumerator, tally, cancellationToken);
        var warnings = tally.Warnings + headerIssues.Count(issue => issue.Severity == IssueSeverity.Warning);
        await QuarantineWriter.WriteAsync(connection, batch, table, tally.Rejected, headerIssues, cancellationToken);
        var outcome = new LoadOutcome(false, tally.Received, tally.Accepted, merged.Inserted, merged.Updated, tally.Rejected.Count, warnings) { Stale = merged.Stale };
        await BatchLedger.RecordCountsAsync(connection, batch, outcome with { Inserted = merged.FirstUploads }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>
    /// New records straight in (<see cref="DirectCopy"/>); if that cannot be, the same rows and the rest of the batch
    /// through staging and the merge (corrections, re-sent rows, retracted keys). Both give the same rows and aggregates.
    /// </summary>
    private async Task<MergeCounts> LoadAcceptedAsync(NpgsqlConnection connection, BatchIdentity batch, TableDefinition table,
        IEnumerator<ValidatedRow> rows, BatchTally tally, CancellationToken cancellationToken)
    {
        List<ValidatedRow> kept = [];
        if (DirectCopyEnabled && DirectCopy.Applies(table))
        {
            if (!await StagedMerge.SerialiseAndFindTombstonesAsync(connection, batch.Institution, table, cancellationToken))
            {
                var attempt = await DirectCopy.TryAsync(connection, batch, table, rows, tally, MaxKeptRows, cancellationToken);
                if (attempt.Inserted is { } inserted)
                {
                    Interlocked.Increment(ref _direct);
                    return new MergeCounts(inserted, 0, 0, inserted);
                }
                kept = attempt.Kept;
            }
        }
        Interlocked.Increment(ref _staged);

        await using (var create = new NpgsqlCommand(StagingTable.Create(table), connection))
            await create.ExecuteNonQueryAsync(cancellationToken);
        await using (var copy = await BinaryCopyWriter.BeginAsync(connection, StagingTable.CopyCommand(table), cancellationToken))
        {
            var writer = new RowWriter(table, batch);
            // The rows the direct attempt already counted, then the rest of the batch.
            foreach (var row in kept) await writer.WriteAsync(copy, row, cancellationToken);
            while (rows.MoveNext())
                if (tally.Take(rows.Current)) await writer.WriteAsync(copy, rows.Current, cancellationToken);
            // Disposed without it, the writer cancels the COPY.
            await copy.CompleteAsync(cancellationToken);
        }
        return await StagedMerge.MergeAsync(connection, batch, table, cancellationToken);
    }
}
