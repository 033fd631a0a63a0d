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
    private long _direct, _staged, _split;

    /// <summary>Off only to prove the two paths equivalent (tests) or to measure the staged path alone (benchmarks).</summary>
    internal bool DirectCopyEnabled { get; init; } = true;

    /// <summary>How many rows the direct attempt may keep for its fallback (<see cref="DirectCopy.MaxKeptRows"/>); smaller in tests.</summary>
    internal int MaxKeptRows { get; init; } = DirectCopy.MaxKeptRows;

    /// <summary>Batches loaded so far by the direct COPY and by the staged merge (for operators and the benchmark).</summary>
    public (long Direct, long Staged) PathCounts => (Interlocked.Read(ref _direct), Interlocked.Read(ref _staged));

    /// <summary>Batches whose new keys went direct and whose stored keys went through the merge (<see cref="LoadSplitAsync"/>).</summary>
    public long SplitCount => Interlocked.Read(ref _split);

    public Task<LoadOutcome> LoadAsync(BatchIdentity batch, TableDefinition table, string format,
        IEnumerable<ValidatedRow> rows, IReadOnlyList<ValidationIssue> headerIssues, CancellationToken cancellationToken) =>
        LoadAsync(batch, table, format, rows, headerIssues, null, cancellationToken);

    /// <param name="csvHeader">A CSV batch's header row as sent, kept so that its quarantined lines can be re-read.</param>
    /// <remarks>
    /// The common case, new records with no tombstone in their table, costs four round trips to PostgreSQL besides the
    /// COPY's own: the claim with the lock and the savepoint, the COPY, the upkeep with the counts, and the commit. In a
    /// <see cref="LoadGroup"/> (<see cref="LoadGroup.Current"/>) the batch runs in the group's transaction under a
    /// savepoint of its own, and the group's owner commits: three round trips, and one commit for several batches.
    /// </remarks>
    public async Task<LoadOutcome> LoadAsync(BatchIdentity batch, TableDefinition table, string format,
        IEnumerable<ValidatedRow> rows, IReadOnlyList<ValidationIssue> headerIssues, IReadOnlyList<string>? csvHeader, CancellationToken cancellationToken)
    {
        if (LoadGroup.Current is { } group)
        {
            try
            {
                return await LoadAsync(group.Connection, inGroup: true, batch, table, format, rows, headerIssues, csvHeader, cancellationToken);
            }
            catch
            {
                await RollBackBatchAsync(group.Connection);
                throw;
            }
        }
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var loaded = await LoadAsync(connection, inGroup: false, batch, table, format, rows, headerIssues, csvHeader, cancellationToken);
        // A duplicate changed nothing: the rollback releases the lock its claim took.
        if (loaded.Duplicate) await transaction.RollbackAsync(cancellationToken);
        else await transaction.CommitAsync(cancellationToken);
        return loaded;
    }

    /// <summary>
    /// The batch's work in the transaction open on <paramref name="connection"/>, left for the caller to commit; in a group,
    /// under a savepoint of its own (<see cref="BatchSavepoint"/>) that the caller rolls back to if this throws.
    /// </summary>
    private async Task<LoadOutcome> LoadAsync(NpgsqlConnection connection, bool inGroup, BatchIdentity batch, TableDefinition table, string format,
        IEnumerable<ValidatedRow> rows, IReadOnlyList<ValidationIssue> headerIssues, IReadOnlyList<string>? csvHeader, CancellationToken cancellationToken)
    {
        var claim = LedgerClaim.TableBatch(table.Code, format, csvHeader);
        var direct = DirectCopyEnabled && DirectCopy.Applies(table);
        var (claimed, tombstones) = await ClaimAsync(connection, inGroup, batch, table, claim, direct, cancellationToken);
        // Read on the same connection: the batch that took the id may be an earlier one of this group, not yet committed.
        if (!claimed) return await BatchLedger.ReadOutcomeAsync(connection, batch, cancellationToken);

        var tally = new BatchTally();
        using var enumerator = rows.GetEnumerator();
        List<ValidatedRow> kept = [];
        MergeCounts? split = null;
        if (direct && !tombstones)
        {
            var attempt = await DirectCopy.TryAsync(connection, batch, table, enumerator, tally, MaxKeptRows, cancellationToken);
            if (attempt.Copied)
            {
                Interlocked.Increment(ref _direct);
                var copied = Outcome(tally, headerIssues, new MergeCounts(attempt.Kept.Count, 0, 0, attempt.Kept.Count));
                await Statements.ExecuteAsync(connection, [.. DirectCopy.Finish(batch, table, attempt.Kept), BatchLedger.Counts(batch, copied.Ledger)], cancellationToken);
                await QuarantineWriter.WriteAsync(connection, batch, table, tally.Rejected, headerIssues, cancellationToken);
                return copied.Receipt;
            }
            kept = attempt.Kept;
            if (attempt.KeyStored && DirectCopy.CanSplit(table))
                split = await LoadSplitAsync(connection, batch, table, kept, enumerator, tally, cancellationToken);
        }
        MergeCounts merged;
        if (split is { } both)
        {
            Interlocked.Increment(ref _split);
            merged = both;
        }
        else
        {
            Interlocked.Increment(ref _staged);
            // The direct path's claim already took the lock and probed for tombstones; the merge need not do it again.
            merged = await StageAndMergeAsync(connection, batch, table, kept, enumerator, tally, direct ? tombstones : null, cancellationToken);
        }
        var outcome = Outcome(tally, headerIssues, merged);
        await BatchLedger.RecordCountsAsync(connection, batch, outcome.Ledger, cancellationToken);
        await QuarantineWriter.WriteAsync(connection, batch, table, tally.Rejected, headerIssues, cancellationToken);
        return outcome.Receipt;
    }

    /// <summary>
    /// After a direct attempt met a stored key (a correction or a re-sent row among new ones, the usual mix): the rows whose
    /// keys are new go by direct COPY after all, and only the others, with whatever the attempt had not read, through
    /// staging and the merge. The two sets name different records, so together they leave what the staged merge of the
    /// whole batch leaves (DirectCopyEquivalenceTests), at the cost of one lookup instead of staging and merging every row.
    /// Null when every kept key is stored or the second COPY fails too: the caller then stages everything, as before.
    /// </summary>
    private static async Task<MergeCounts?> LoadSplitAsync(NpgsqlConnection connection, BatchIdentity batch, TableDefinition table,
        List<ValidatedRow> kept, IEnumerator<ValidatedRow> rest, BatchTally tally, CancellationToken cancellationToken)
    {
        var stored = await DirectCopy.StoredAsync(connection, batch, table, kept, cancellationToken);
        if (stored.Count == kept.Count) return null;
        var fresh = kept.Where((_, i) => !stored.Contains(i)).ToList();
        // The rows were counted by the first attempt; the second counts into a tally of its own, then dropped.
        using var freshRows = fresh.GetEnumerator();
        var again = await DirectCopy.TryAsync(connection, batch, table, freshRows, new BatchTally(), int.MaxValue, cancellationToken);
        if (!again.Copied) return null;
        await Statements.ExecuteAsync(connection, [.. DirectCopy.Finish(batch, table, fresh)], cancellationToken);
        var merged = await StageAndMergeAsync(connection, batch, table, kept.Where((_, i) => stored.Contains(i)).ToList(), rest, tally,
            tombstonesUnderLock: false, cancellationToken);
        return new MergeCounts(fresh.Count, 0, 0, fresh.Count) + merged;
    }

    /// <summary>A batch's own savepoint in a group: its failure is rolled back to here, the group's earlier batches stay.</summary>
    private const string BatchSavepoint = "hx_batch";

    private static async Task RollBackBatchAsync(NpgsqlConnection connection)
    {
        try
        {
            await Statements.ExecuteAsync(connection, new NpgsqlBatchCommand($"ROLLBACK TO SAVEPOINT {BatchSavepoint}"), CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The connection is broken: the whole group is lost with it, and its owner settles its records again.
        }
    }

    /// <summary>
    /// In one round trip: in a group, the batch's savepoint; the claim of its id; for the direct path the (institution,
    /// table) lock with the tombstone probe and the direct attempt's savepoint. When the claim finds the id taken, the
    /// lock goes with the caller's rollback (or the group's commit); when a tombstone sends the load to the staged path,
    /// the direct savepoint stays unused until the commit (harmless, and no round trip to release it).
    /// </summary>
    private static async Task<(bool Claimed, bool Tombstones)> ClaimAsync(NpgsqlConnection connection, bool inGroup, BatchIdentity batch, TableDefinition table,
        LedgerClaim claim, bool direct, CancellationToken cancellationToken)
    {
        await using var statements = new NpgsqlBatch(connection);
        if (inGroup) statements.BatchCommands.Add(new NpgsqlBatchCommand($"SAVEPOINT {BatchSavepoint}"));
        statements.BatchCommands.Add(BatchLedger.Claim(batch, claim));
        if (direct)
        {
            statements.BatchCommands.Add(StagedMerge.SerialiseAndFindTombstones(batch.Institution, table));
            statements.BatchCommands.Add(DirectCopy.Savepoint());
        }
        await using var reader = await statements.ExecuteReaderAsync(cancellationToken);
        var claimed = await reader.ReadAsync(cancellationToken);
        var tombstones = false;
        if (direct)
        {
            if (!await reader.NextResultAsync(cancellationToken) || !await reader.ReadAsync(cancellationToken))
                throw new InvalidOperationException("the tombstone probe returned no row");
            tombstones = reader.GetBoolean(0);
        }
        while (await reader.NextResultAsync(cancellationToken)) { }
        return (claimed, tombstones);
    }

    /// <summary>What the receipt reports, and what the ledger records: there, Inserted is the batch's 入库数据量 (<see cref="MergeCounts"/>).</summary>
    private static (LoadOutcome Receipt, LoadOutcome Ledger) Outcome(BatchTally tally, IReadOnlyList<ValidationIssue> headerIssues, MergeCounts merged)
    {
        var warnings = tally.Warnings + headerIssues.Count(issue => issue.Severity == IssueSeverity.Warning);
        var receipt = new LoadOutcome(false, tally.Received, tally.Accepted, merged.Inserted, merged.Updated, tally.Rejected.Count, warnings) { Stale = merged.Stale };
        return (receipt, receipt with { Inserted = merged.FirstUploads });
    }

    /// <summary>
    /// The rows the direct attempt kept (if any) and the rest of the batch through staging and the merge (corrections,
    /// re-sent rows, retracted keys). Both paths give the same rows and aggregates.
    /// </summary>
    private static async Task<MergeCounts> StageAndMergeAsync(NpgsqlConnection connection, BatchIdentity batch, TableDefinition table,
        List<ValidatedRow> kept, IEnumerator<ValidatedRow> rows, BatchTally tally, bool? tombstonesUnderLock, CancellationToken cancellationToken)
    {
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
        return await StagedMerge.MergeAsync(connection, batch, table, cancellationToken, tombstonesUnderLock);
    }
}
