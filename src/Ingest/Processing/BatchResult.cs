using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Ingest.Processing;

/// <summary>What became of one received record: the facts a receipt and a log line are made of.</summary>
public sealed record BatchResult(
    BatchStatus Status,
    BatchIdentity Batch,
    string? Table,
    LoadOutcome? Outcome,
    BatchSummary? Summary,
    ValidationIssue? DeadLetterIssue)
{
    /// <summary>For a CDA document: its id (stored under it, sent in the hx-document receipt header).</summary>
    public string? DocumentId { get; init; }

    /// <summary>For a CDA document: the sender's hx-batch (default the document id), which the receipt answers to.</summary>
    public string? SenderBatchId { get; init; }

    public static BatchResult DeadLetter(BatchIdentity batch, string? table, ValidationIssue issue) =>
        new(BatchStatus.DeadLetter, batch, table, null, null, issue);
}
