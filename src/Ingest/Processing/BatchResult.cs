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
    public static BatchResult DeadLetter(BatchIdentity batch, string? table, ValidationIssue issue) =>
        new(BatchStatus.DeadLetter, batch, table, null, null, issue);
}
