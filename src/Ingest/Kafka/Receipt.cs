using System.Text.Json;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// The platform's answer to one batch on hx.receipts (docs/feeds.md). A duplicate receives the first
/// load's counts again, so a sender that retried learns what happened the first time.
/// </summary>
internal sealed record Receipt(
    string BatchId,
    string Institution,
    string? Table,
    string Status,
    DateTimeOffset UploadedAt,
    int Received,
    int Loaded,
    int Corrected,
    int Unchanged,
    int Quarantined,
    int Warnings,
    IReadOnlyList<IssueJson.IssueDto> Issues,
    string? Document = null,
    int? Extracted = null,
    int Stale = 0,
    int? Retracted = null,
    int? NotRetracted = null)
{
    public const int MaxIssues = 100;

    public static Receipt From(BatchResult result)
    {
        var (status, outcome, issues) = result switch
        {
            LoadedBatch loaded => ("loaded", loaded.Outcome, loaded.Summary.FirstIssues.Take(MaxIssues).Select(IssueJson.ToDto).ToList()),
            DuplicateBatch duplicate => ("duplicate", duplicate.Outcome, []),
            DeadLetteredBatch dead => ("dead_letter", (LoadOutcome?)null, [IssueJson.ToDto(dead.Issue)]),
            _ => throw new InvalidOperationException($"a result of kind {result.GetType().Name}"),
        };
        return new Receipt(result.SenderBatchId ?? result.Batch.BatchId, result.Batch.Institution, result.Table, status, result.Batch.UploadedAt,
            outcome?.Received ?? 0, outcome?.Inserted ?? 0, outcome?.Updated ?? 0, outcome?.Unchanged ?? 0,
            outcome?.Quarantined ?? 0, outcome?.Warnings ?? 0, issues, result.DocumentId, outcome?.RowsExtracted,
            outcome?.Stale ?? 0, result.Retraction ? outcome?.Retracted : null, result.Retraction ? outcome?.NotRetracted : null);
    }

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, IssueJson.Options);
}
