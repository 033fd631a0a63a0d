namespace HealthExchange.Ingest.Loading;

/// <summary>What one load did. A duplicate batch changes nothing and reports the counts of its first load.</summary>
public sealed record LoadOutcome(
    bool Duplicate,
    int Received,
    int Accepted,
    int Inserted,
    int Updated,
    int Quarantined,
    int Warnings)
{
    /// <summary>
    /// For a CDA document: the catalogue rows it yielded and loaded (null for a table batch, whose received and
    /// accepted counts are rows already). Received/Accepted/Quarantined then count the document itself.
    /// </summary>
    public int? RowsExtracted { get; init; }

    /// <summary>Accepted rows older than the version already stored (or than a retraction of their key): kept in the record's history, not loaded.</summary>
    public int Stale { get; init; }

    /// <summary>For a retraction batch: the records it removed, and the rows that found nothing older to remove.</summary>
    public int Retracted { get; init; }

    public int NotRetracted { get; init; }

    /// <summary>Accepted rows (for a document: its loaded rows) that matched a record already loaded with the same content.</summary>
    /// <remarks>
    /// A duplicate's counts are the ledger's, where Inserted is the batch's 入库数据量 now: when versions arrived out of order it
    /// may hold records it did not insert (<see cref="MergeCounts"/>), hence the floor.
    /// </remarks>
    public int Unchanged => Math.Max(0, (RowsExtracted ?? Accepted) - Inserted - Updated - Stale);
}
