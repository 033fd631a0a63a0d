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

    /// <summary>Accepted rows (for a document: its loaded rows) that matched a record already loaded with the same content.</summary>
    public int Unchanged => (RowsExtracted ?? Accepted) - Inserted - Updated;
}
