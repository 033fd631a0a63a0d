using System.Text;
using Confluent.Kafka;

namespace HealthExchange.Ingest.Envelope;

/// <summary>The Kafka header names of the wire contract (docs/feeds.md).</summary>
public static class WireHeaders
{
    public const string Institution = "hx-institution";
    public const string Table = "hx-table";
    public const string Format = "hx-format";
    public const string Batch = "hx-batch";
    public const string Charset = "hx-charset";
    public const string DocumentId = "hx-document";

    /// <summary>upsert (the default) or delete: a retraction of the records whose business keys the batch lists.</summary>
    public const string Operation = "hx-op";

    /// <summary>Why a retraction was sent (optional, kept in its audit).</summary>
    public const string Reason = "hx-reason";

    public const string DeadLetterCode = "hx-dlq-code";
    public const string DeadLetterReason = "hx-dlq-reason";
    public const string DeadLetterTopic = "hx-dlq-topic";
    public const string DeadLetterPartition = "hx-dlq-partition";
    public const string DeadLetterOffset = "hx-dlq-offset";
    public const string DeadLetterId = "hx-dlq-id";
    public const string DeadLetterTruncated = "hx-dlq-truncated";

    /// <summary>For clients reading the platform's own topics (receipts, dead letters); the ingest path reads envelopes with <see cref="EnvelopeField"/>.</summary>
    public static string? Get(Headers? headers, string name) =>
        headers is not null && headers.TryGetLastBytes(name, out var bytes) && bytes is not null ? Encoding.UTF8.GetString(bytes) : null;

    public static void Set(Headers headers, string name, string value)
    {
        headers.Remove(name);
        headers.Add(name, Encoding.UTF8.GetBytes(value));
    }
}
