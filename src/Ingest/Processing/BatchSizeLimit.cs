namespace HealthExchange.Ingest.Processing;

/// <summary>
/// The largest table batch (one record's value) the platform takes: 16 MiB, documented in docs/feeds.md. Larger
/// records are still read (the consumer fetches up to 64 MiB) so that they are answered with HX1009 instead of
/// stalling; the producer's own limit leaves room above it for a dead letter's extra headers.
/// </summary>
public static class BatchSizeLimit
{
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>What a producer of receipts and dead letters must accept: a batch at the limit plus its headers.</summary>
    public const int ProducerMessageMaxBytes = MaxBytes + 1024 * 1024;
}
