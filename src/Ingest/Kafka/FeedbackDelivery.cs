using Confluent.Kafka;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// A settled record's receipt (and, for a dead letter, its hx.dlq copy), sent and not necessarily acknowledged yet. The
/// consumer goes on to the next record meanwhile and stores this record's offset only once <see cref="Acknowledged"/>
/// completed. A delivery that failed (the broker unreachable past message.timeout.ms) is sent again by
/// <see cref="Resend"/>: the record itself is already loaded or stored, so only its answer is repeated.
/// </summary>
public sealed class FeedbackDelivery
{
    private readonly IProducer<string?, byte[]> _producer;
    private readonly IReadOnlyList<(string Topic, Message<string?, byte[]> Message)> _messages;

    internal FeedbackDelivery(IProducer<string?, byte[]> producer, IReadOnlyList<(string Topic, Message<string?, byte[]> Message)> messages)
    {
        _producer = producer;
        _messages = messages;
        Acknowledged = SendAll();
    }

    /// <summary>Completes when the broker acknowledged every message (acks=all); faults with the client's error otherwise.</summary>
    public Task Acknowledged { get; private set; }

    public void Resend()
    {
        if (!Acknowledged.IsFaulted) throw new InvalidOperationException("only a failed delivery is sent again");
        Acknowledged = SendAll();
    }

    private Task<DeliveryResult<string?, byte[]>[]> SendAll() => Task.WhenAll(_messages.Select(item => _producer.ProduceAsync(item.Topic, item.Message)));
}
