using System.Globalization;
using Confluent.Kafka;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Processing;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// Publishes receipts and dead-letter copies. Sending does not wait for the broker: the returned
/// <see cref="FeedbackDelivery"/> completes on its acknowledgement, and the consumer stores a record's offset only
/// after that, so no answer is lost in between while the next record is already being loaded.
/// </summary>
public sealed class FeedbackPublisher(IProducer<string?, byte[]> producer, KafkaOptions options)
{
    /// <summary>
    /// The hx.dlq copy stays well under any producer's and broker's message limit (a default broker takes 1 MB): a
    /// larger value or header set is cut, marked, and points to the whole record kept in hx.dead_letters.
    /// </summary>
    public const int MaxCopiedValueBytes = 512 * 1024;
    public const int MaxCopiedHeaderBytes = 64 * 1024;

    /// <summary>The receipt alone (a record loaded, a duplicate, a rejected document).</summary>
    public FeedbackDelivery Send(BatchResult result) => new(producer, [(options.ReceiptsTopic, ReceiptMessage(result))]);

    /// <summary>A dead letter's hx.dlq copy and its receipt, sent together.</summary>
    public FeedbackDelivery Send(BatchResult result, ReceivedRecord record, string code, string reason, long storedId) =>
        new(producer, [(options.DeadLetterTopic, DeadLetterCopy(record, code, reason, storedId)), (options.ReceiptsTopic, ReceiptMessage(result))]);

    private static Message<string?, byte[]> ReceiptMessage(BatchResult result)
    {
        var message = new Message<string?, byte[]> { Key = result.Batch.Institution, Value = Receipt.From(result).ToJson(), Headers = [] };
        WireHeaders.Set(message.Headers, WireHeaders.Institution, result.Batch.Institution);
        WireHeaders.Set(message.Headers, WireHeaders.Batch, result.SenderBatchId ?? result.Batch.BatchId);
        if (result.DocumentId is not null) WireHeaders.Set(message.Headers, WireHeaders.DocumentId, result.DocumentId);
        return message;
    }

    /// <summary>The original key, value and headers (capped), plus the reason, the original position and the stored id.</summary>
    private static Message<string?, byte[]> DeadLetterCopy(ReceivedRecord record, string code, string reason, long storedId)
    {
        var headers = new Headers();
        var headerBytes = record.Headers.Sum(header => header.Name.Length + (header.Value?.Length ?? 0));
        if (headerBytes <= MaxCopiedHeaderBytes)
            foreach (var header in record.Headers) headers.Add(header.Name, header.Value);
        WireHeaders.Set(headers, WireHeaders.DeadLetterCode, code);
        WireHeaders.Set(headers, WireHeaders.DeadLetterReason, reason);
        WireHeaders.Set(headers, WireHeaders.DeadLetterTopic, record.Topic);
        WireHeaders.Set(headers, WireHeaders.DeadLetterPartition, record.Partition.ToString(CultureInfo.InvariantCulture));
        WireHeaders.Set(headers, WireHeaders.DeadLetterOffset, record.Offset.ToString(CultureInfo.InvariantCulture));
        WireHeaders.Set(headers, WireHeaders.DeadLetterId, storedId.ToString(CultureInfo.InvariantCulture));
        var value = record.Value;
        if (value.Length > MaxCopiedValueBytes || headerBytes > MaxCopiedHeaderBytes)
        {
            WireHeaders.Set(headers, WireHeaders.DeadLetterTruncated, value.Length.ToString(CultureInfo.InvariantCulture));
            value = value.AsSpan(0, Math.Min(value.Length, MaxCopiedValueBytes)).ToArray();
        }
        var key = record.Key is { Length: <= EnvelopeField.MaxBytes } ? EnvelopeField.FromBytes("key", record.Key).Text : null;
        return new Message<string?, byte[]> { Key = key, Value = value, Headers = headers, Timestamp = DeadLetterTimestamp(record) };
    }

    /// <summary>The original timestamp where a broker can carry it; otherwise the producer's own time.</summary>
    private static Timestamp DeadLetterTimestamp(ReceivedRecord record) =>
        record.HasTimestamp && record.TimestampMs >= 0 && record.TimestampMs <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? new Timestamp(record.TimestampMs, TimestampType.CreateTime)
            : Timestamp.Default;
}
