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
    /// <summary>Accepted rows that matched a record already loaded with the same content.</summary>
    public int Unchanged => Accepted - Inserted - Updated;
}
