namespace HealthExchange.Ingest.Reprocessing;

/// <summary>A row waiting in hx.quarantine: its number in its batch and its text exactly as the sender wrote it.</summary>
internal sealed record QuarantinedRow(int RowNumber, string Raw);
