namespace HealthExchange.Ingest.Reprocessing;

/// <summary>
/// What re-validating one batch's quarantined rows did. Released rows now count as accepted: inserted (new
/// records), updated (corrections) or unchanged (the record was stored already, or superseded by a later
/// upload of the same key, which a release never overwrites). Still-quarantined rows keep waiting, with
/// the findings of this run.
/// </summary>
public sealed record BatchReprocessResult(
    string Institution,
    string BatchId,
    string Table,
    int Examined,
    int Released,
    int Inserted,
    int Updated,
    int Superseded,
    int StillQuarantined,
    IReadOnlyDictionary<string, int> IssueCounts,
    string? Skipped = null)
{
    public int Unchanged => Released - Inserted - Updated;

    public static BatchReprocessResult Skip(string institution, string batchId, string table, int waiting, string reason) =>
        new(institution, batchId, table, 0, 0, 0, 0, 0, waiting, new Dictionary<string, int>(), reason);
}
