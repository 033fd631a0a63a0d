namespace HealthExchange.Ingest.Reprocessing;

/// <summary>Which quarantined rows to re-validate: all, or those of one institution, table and/or batch.</summary>
public sealed record ReprocessFilter(string? Institution = null, string? Table = null, string? BatchId = null);
