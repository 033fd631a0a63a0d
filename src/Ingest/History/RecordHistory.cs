namespace HealthExchange.Ingest.History;

/// <summary>
/// Everything known of one record (docs/metrics.md "A record's life"): whether it counts now, its first upload, every
/// version in upload order with what changed from the one before, and every retraction that named it.
/// </summary>
public sealed record RecordHistory(
    string Institution,
    string Table,
    IReadOnlyDictionary<string, string> Key,
    bool Counted,
    DateTimeOffset? FirstUploadedAt,
    string? FirstBatch,
    IReadOnlyList<RecordVersion> Versions,
    IReadOnlyList<RecordRetraction> Retractions)
{
    public bool Known => Counted || Versions.Count > 0 || Retractions.Count > 0;
}

/// <param name="Fate">stored (the version counted now), superseded (a newer upload replaced it), stale (it arrived after a
/// newer one), retracted (a retraction removed it).</param>
/// <param name="SettledBy">The batch that superseded or retracted it (null for the stored version and a stale one).</param>
/// <param name="Changes">What differs from the version before it in upload order (none for the first).</param>
public sealed record RecordVersion(DateTimeOffset UploadedAt, string Batch, int Row, DateTime? EventTime, string Fate, string? SettledBy,
    IReadOnlyList<ValueChange> Changes);

/// <param name="From">The earlier value, or null when the column is personal data (its values are never shown) or was empty.</param>
public sealed record ValueChange(string Column, string? From, string? To, bool Personal);

public sealed record RecordRetraction(DateTimeOffset RetractedAt, string Batch, int Row, string? Reason, string Outcome);
