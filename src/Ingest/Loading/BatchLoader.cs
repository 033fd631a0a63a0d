using System.Text.Json;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// Loads one validated batch in one transaction: the batch's receipt row (the idempotency guard), accepted
/// rows through binary COPY into staging and an idempotent merge, rejected rows into quarantine. Either all
/// of it commits or none: nothing half-loaded, and a batch id seen before changes nothing.
/// </summary>
public sealed class BatchLoader(NpgsqlDataSource dataSource, PartitionManager partitions)
{
    public Task<LoadOutcome> LoadAsync(BatchIdentity batch, TableDefinition table, string format,
        IEnumerable<ValidatedRow> rows, IReadOnlyList<ValidationIssue> headerIssues, CancellationToken cancellationToken) =>
        LoadAsync(batch, table, format, rows, headerIssues, null, cancellationToken);

    /// <param name="csvHeader">A CSV batch's header row as sent, kept so that its quarantined lines can be re-read.</param>
    public async Task<LoadOutcome> LoadAsync(BatchIdentity batch, TableDefinition table, string format,
        IEnumerable<ValidatedRow> rows, IReadOnlyList<ValidationIssue> headerIssues, IReadOnlyList<string>? csvHeader, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await BatchLedger.TryClaimAsync(connection, batch, table.Code, format, cancellationToken, csvHeader: csvHeader))
        {
            await transaction.RollbackAsync(cancellationToken);
            return await BatchLedger.ReadOutcomeAsync(dataSource, batch, cancellationToken);
        }

        await using (var create = new NpgsqlCommand(StagingTable.Create(table), connection))
            await create.ExecuteNonQueryAsync(cancellationToken);

        var rejected = new List<ValidatedRow>();
        var months = new HashSet<DateOnly>();
        var counts = new Counts();
        await using (var importer = await connection.BeginBinaryImportAsync(StagingTable.CopyCommand(table), cancellationToken))
        {
            var writer = new RowWriter(table, batch);
            foreach (var row in rows)
            {
                counts.Received++;
                counts.Warnings += row.Warnings;
                if (row.Rejected) { rejected.Add(row); continue; }
                counts.Accepted++;
                months.Add(StagedMerge.MonthOf(row.Values[table.EventTimeIndex]));
                await writer.WriteAsync(importer, row, cancellationToken);
            }
            // Without Complete() disposing the importer cancels the COPY (Npgsql's documented contract).
            await importer.CompleteAsync(cancellationToken);
        }
        counts.Warnings += headerIssues.Count(issue => issue.Severity == IssueSeverity.Warning);

        await partitions.EnsureAsync(table, months, cancellationToken);
        (counts.Inserted, counts.Updated) = await StagedMerge.MergeAsync(connection, batch.Institution, table, cancellationToken);
        await QuarantineWriter.WriteAsync(connection, batch, table, rejected, headerIssues, cancellationToken);
        var outcome = new LoadOutcome(false, counts.Received, counts.Accepted, counts.Inserted, counts.Updated, rejected.Count, counts.Warnings);
        await BatchLedger.RecordCountsAsync(connection, batch, outcome, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private sealed class Counts
    {
        public int Received;
        public int Accepted;
        public int Inserted;
        public int Updated;
        public int Warnings;
    }
}
