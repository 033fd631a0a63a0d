using System.Globalization;

namespace HealthExchange.Ingest.Envelope;

/// <summary>
/// One record as the broker delivered it, bytes untouched: what the Kafka layer hands to settling, what a dead letter
/// stores, and what a replay rebuilds. Nothing in it has been interpreted yet, so building one never fails.
/// </summary>
public sealed record ReceivedRecord(
    string Topic,
    int Partition,
    long Offset,
    byte[]? Key,
    byte[] Value,
    IReadOnlyList<RecordHeader> Headers,
    long TimestampMs,
    bool HasTimestamp)
{
    /// <summary>The record's position in the log, unique per cluster: the fallback identity of anything unattributable.</summary>
    public string Position => string.Create(CultureInfo.InvariantCulture, $"kafka:{Topic}:{Partition}:{Offset}");

    /// <summary>The last value sent under <paramref name="name"/> (Kafka allows repeats; the last one counts, as in librdkafka).</summary>
    public bool TryGetHeader(string name, out byte[]? value)
    {
        for (var i = Headers.Count - 1; i >= 0; i--)
            if (string.Equals(Headers[i].Name, name, StringComparison.Ordinal))
            {
                value = Headers[i].Value;
                return true;
            }
        value = null;
        return false;
    }
}

/// <summary>One Kafka header: its value may be null (the protocol allows it) or any bytes at all.</summary>
public sealed record RecordHeader(string Name, byte[]? Value);
