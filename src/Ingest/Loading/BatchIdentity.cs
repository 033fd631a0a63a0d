namespace HealthExchange.Ingest.Loading;

/// <summary>
/// Who sent a batch, which one, and where it came from. (Institution, BatchId) is the idempotency key;
/// <see cref="UploadedAt"/> is the record's Kafka timestamp, so replayed history gives the same metrics.
/// </summary>
public sealed record BatchIdentity(
    string Institution,
    string BatchId,
    DateTimeOffset UploadedAt,
    string? Topic = null,
    int? Partition = null,
    long? Offset = null);
