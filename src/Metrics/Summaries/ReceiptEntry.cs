namespace HealthExchange.Metrics.Summaries;

/// <summary>What the platform answered for one batch or document (hx.batches), as a hospital reads it back.</summary>
public sealed record ReceiptEntry(string Institution, string BatchId, string? Table, string? Format, string SourceKind, string Status,
    string? ReasonCode, DateTimeOffset UploadedAt, DateOnly UploadDay, int RowsReceived, int RowsAccepted, int RowsInserted,
    int RowsUpdated, int RowsQuarantined, int Warnings, DateTimeOffset ProcessedAt);
