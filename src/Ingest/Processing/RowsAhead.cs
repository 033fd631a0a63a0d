using System.Collections.Concurrent;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Settling;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Ingest.Processing;

/// <summary>A table batch read and checked ahead of its load: exactly what the in-line reading would have produced.</summary>
internal sealed record ReadAhead(BatchIdentity Batch, TableDefinition Table, List<ValidatedRow> Rows, BatchSummary Summary,
    List<ValidationIssue> HeaderIssues, IReadOnlyList<string>? Header);

/// <summary>
/// Table batches read and checked on the thread pool while the batch before them is in PostgreSQL, so that with one
/// worker this process's parsing and checking overlaps PostgreSQL's COPY instead of taking turns with it. Only a cache:
/// reading ahead has no effect of its own (the declaration lookup is a read), a batch that cannot be read ahead is read
/// in line as before, and whatever a reading ahead would decide (a dead letter, an unreadable charset) is decided in
/// line again, so every outcome is the in-line path's.
/// </summary>
internal sealed class RowsAhead
{
    /// <summary>Records read ahead at once; beyond it (records taken and never decided, a shutdown) the cache is dropped.</summary>
    private const int MaxAhead = 4;

    private readonly ConcurrentDictionary<ReceivedRecord, Task<ReadAhead?>> _ahead = new(ReferenceEqualityComparer.Instance);

    public void Start(ReceivedRecord record, Func<Task<ReadAhead?>> read)
    {
        // Rows read ahead are held whole: only a record the group would take (its own bound on memory) is read ahead.
        if (record.Value.Length > GroupCommit.MaxRecordBytes) return;
        if (_ahead.Count >= MaxAhead) _ahead.Clear();
        _ahead.TryAdd(record, Task.Run(read));
    }

    /// <summary>The record's rows if they were read ahead (waiting for the reading to finish), else null.</summary>
    public async Task<ReadAhead?> TakeAsync(ReceivedRecord record) =>
        _ahead.TryRemove(record, out var reading) ? await reading.ConfigureAwait(false) : null;
}
