using System.Globalization;
using Confluent.Kafka;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Processing;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// Publishes receipts and dead letters, each awaited until the broker acknowledged it: the consumer stores
/// a record's offset only after its dead letter is safely written, so no record is lost in between.
/// </summary>
public sealed class FeedbackPublisher(IProducer<string?, byte[]> producer, KafkaOptions options)
{
    public Task ReceiptAsync(BatchResult result, CancellationToken cancellationToken)
    {
        var message = new Message<string?, byte[]> { Key = result.Batch.Institution, Value = Receipt.From(result).ToJson(), Headers = [] };
        WireHeaders.Set(message.Headers, WireHeaders.Institution, result.Batch.Institution);
        WireHeaders.Set(message.Headers, WireHeaders.Batch, result.SenderBatchId ?? result.Batch.BatchId);
        if (result.DocumentId is not null) WireHeaders.Set(message.Headers, WireHeaders.DocumentId, result.DocumentId);
        return producer.ProduceAsync(options.ReceiptsTopic, message, cancellationToken);
    }

    /// <summary>The original key, value and headers, plus the reason and the original position.</summary>
    public Task DeadLetterAsync(ConsumeResult<string?, byte[]> record, string code, string reason, CancellationToken cancellationToken)
    {
        var headers = new Headers();
        foreach (var header in record.Message.Headers ?? []) headers.Add(header.Key, header.GetValueBytes());
        WireHeaders.Set(headers, WireHeaders.DeadLetterCode, code);
        WireHeaders.Set(headers, WireHeaders.DeadLetterReason, reason);
        WireHeaders.Set(headers, WireHeaders.DeadLetterTopic, record.Topic);
        WireHeaders.Set(headers, WireHeaders.DeadLetterPartition, record.Partition.Value.ToString(CultureInfo.InvariantCulture));
        WireHeaders.Set(headers, WireHeaders.DeadLetterOffset, record.Offset.Value.ToString(CultureInfo.InvariantCulture));
        // A record over the batch limit is parked without its value (no producer takes it whole); its headers and
        // position still say which batch it was and where the original is, for as long as the topic keeps it.
        var value = record.Message.Value ?? [];
        if (value.Length > BatchSizeLimit.MaxBytes) value = [];
        var message = new Message<string?, byte[]> { Key = record.Message.Key, Value = value, Headers = headers, Timestamp = record.Message.Timestamp };
        return producer.ProduceAsync(options.DeadLetterTopic, message, cancellationToken);
    }
}
