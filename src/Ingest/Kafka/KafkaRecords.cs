using Confluent.Kafka;
using HealthExchange.Ingest.Envelope;

namespace HealthExchange.Ingest.Kafka;

/// <summary>The one place a Confluent record becomes the platform's <see cref="ReceivedRecord"/>: bytes only, nothing that can throw.</summary>
internal static class KafkaRecords
{
    public static ReceivedRecord From(ConsumeResult<byte[]?, byte[]?> result)
    {
        var message = result.Message;
        var headers = message.Headers is null
            ? []
            : message.Headers.Select(header => new RecordHeader(header.Key ?? "", header.GetValueBytes())).ToList();
        // UnixTimestampMs is the raw value; Timestamp.UtcDateTime would throw beyond year 9999.
        return new ReceivedRecord(result.Topic, result.Partition.Value, result.Offset.Value, message.Key, message.Value ?? [], headers,
            message.Timestamp.UnixTimestampMs, message.Timestamp.Type != TimestampType.NotAvailable);
    }
}
