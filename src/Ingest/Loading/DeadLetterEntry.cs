namespace HealthExchange.Ingest.Loading;

/// <summary>The ledger's facts of one dead letter: under which batch it counts, what it claimed to be, why it was refused.</summary>
public sealed record DeadLetterEntry(BatchIdentity Batch, string? Table, string? Format, string ReasonCode, int RowsReceived, string SourceKind);
