using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Ingest.Processing;

/// <summary>
/// What became of one received record: the facts a receipt, a ledger row and a log line are made of. Closed: a record is
/// <see cref="LoadedBatch"/>, <see cref="DuplicateBatch"/> or <see cref="DeadLetteredBatch"/>, and each carries exactly
/// what its case has — no nullable field read with `!`.
/// </summary>
public abstract record BatchResult(BatchIdentity Batch, string? Table)
{
    public abstract BatchStatus Status { get; }

    /// <summary>For a CDA document: its id (stored under it, sent in the hx-document receipt header).</summary>
    public string? DocumentId { get; init; }

    /// <summary>The sender's hx-batch the receipt answers to, where it differs from the ledger's id (a document, a platform failure).</summary>
    public string? SenderBatchId { get; init; }

    /// <summary>A retraction (hx-op: delete, or a CDA document replacing another): its receipt reports what it retracted.</summary>
    public bool Retraction { get; init; }

    /// <summary>A load's outcome as what it is: a first load, or a batch id seen before (whose counts are the first load's).</summary>
    public static BatchResult Of(BatchIdentity batch, string? table, LoadOutcome outcome, BatchSummary summary) =>
        outcome.Duplicate ? new DuplicateBatch(batch, table, outcome) : new LoadedBatch(batch, table, outcome, summary);

    public static DeadLetteredBatch DeadLetter(BatchIdentity batch, string? table, ValidationIssue issue) => new(batch, table, issue);
}

/// <summary>Loaded now: its counts and the issues of its rows.</summary>
public sealed record LoadedBatch(BatchIdentity Batch, string? Table, LoadOutcome Outcome, BatchSummary Summary) : BatchResult(Batch, Table)
{
    public override BatchStatus Status => BatchStatus.Loaded;
}

/// <summary>A batch id already loaded: nothing changed; the counts are the first load's.</summary>
public sealed record DuplicateBatch(BatchIdentity Batch, string? Table, LoadOutcome Outcome) : BatchResult(Batch, Table)
{
    public override BatchStatus Status => BatchStatus.Duplicate;
}

/// <summary>Could not be read as a batch (or failed for good): stored whole and answered with its issue.</summary>
public sealed record DeadLetteredBatch(BatchIdentity Batch, string? Table, ValidationIssue Issue) : BatchResult(Batch, Table)
{
    public override BatchStatus Status => BatchStatus.DeadLetter;

    /// <summary>The format it claimed, how many rows it is counted as received, and its kind (table, cda or retraction).</summary>
    public string? Format { get; init; }
    public int RowsReceived { get; init; } = 1;
    public string SourceKind { get; init; } = "table";
}
