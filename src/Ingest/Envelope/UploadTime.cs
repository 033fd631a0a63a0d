namespace HealthExchange.Ingest.Envelope;

/// <summary>
/// The upload time of a record is its Kafka timestamp (docs/feeds.md), which a sender sets. Only a plausible one is
/// believed: from 2000 (no platform existed before) to a configurable skew past the platform's clock. Anything else —
/// year 10000, 1970, a forged future — would create partitions and upload days that never were.
/// </summary>
public sealed class UploadTime(TimeProvider clock, TimeSpan allowedSkew)
{
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static UploadTime Default(TimeProvider clock) => new(clock, TimeSpan.FromHours(1));

    /// <summary>When the platform received the record: what a dead letter is recorded under when its own time is implausible.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public bool TryRead(ReceivedRecord record, out DateTimeOffset uploadedAt)
    {
        uploadedAt = default;
        if (!record.HasTimestamp) return false;
        if (record.TimestampMs < Earliest.ToUnixTimeMilliseconds()) return false;
        if (record.TimestampMs > (clock.GetUtcNow() + allowedSkew).ToUnixTimeMilliseconds()) return false;
        uploadedAt = DateTimeOffset.FromUnixTimeMilliseconds(record.TimestampMs);
        return true;
    }
}
