using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Ingest.Processing;

/// <summary>What became of one received record: the facts a receipt, a ledger row and a log line are made of.</summary>
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

    /// <summary>The sender's hx-batch the receipt answers to, where it differs from the ledger's id (a document, a platform failure).</summary>
    public string? SenderBatchId { get; init; }

    /// <summary>For a dead letter: the format it claimed, how many rows it is counted as received, table or cda.</summary>
    public string? Format { get; init; }
    public int RowsReceived { get; init; } = 1;
    public string SourceKind { get; init; } = "table";

    /// <summary>A retraction batch (hx-op: delete): its receipt reports what it retracted.</summary>
    public bool Retraction { get; init; }

    public static BatchResult DeadLetter(BatchIdentity batch, string? table, ValidationIssue issue) =>
        new(BatchStatus.DeadLetter, batch, table, null, null, issue);
}
