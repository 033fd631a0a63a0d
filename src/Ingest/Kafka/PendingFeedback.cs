using Confluent.Kafka;
using HealthExchange.Ingest.Envelope;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// The consumer's settled records whose answers the broker has not acknowledged yet, in the order they were consumed.
/// A record's offset is stored only when its own answer and every earlier record's are acknowledged, so a crash at any
/// moment redelivers (as a duplicate, answered again) every record whose answer might be missing, and nothing else.
/// Bounded: when <see cref="Full"/>, the consumer waits for the oldest before it takes another record.
/// </summary>
/// <param name="answered">Stores the offset after a record whose answer (and every earlier one) is acknowledged.</param>
internal sealed class PendingFeedback(Action<IConsumer<byte[]?, byte[]?>, TopicPartitionOffset> answered)
{
    /// <summary>
    /// Records answered but not acknowledged at most: enough to cover the broker's round trip at the loader's pace,
    /// few enough that a broker outage stops the consumer within seconds instead of loading on without answering.
    /// </summary>
    public const int MaxPending = 64;

    // The record without its value (up to 64 MiB), which is not kept alive while waiting: its position and headers
    // are what an outage's log lines name.
    private readonly Queue<(ReceivedRecord Record, FeedbackDelivery Delivery)> _pending = new();

    public int Count => _pending.Count;
    public bool Full => _pending.Count >= MaxPending;

    /// <summary>The oldest answer's delivery failed: it must be sent again before any later offset can move.</summary>
    public bool OldestFailed => _pending.TryPeek(out var oldest) && oldest.Delivery.Acknowledged.IsFaulted;

    public void Add(ReceivedRecord record, FeedbackDelivery delivery) => _pending.Enqueue((record with { Value = [] }, delivery));

    /// <summary>Stores the offsets of the acknowledged records at the front; never waits.</summary>
    public void StoreAcknowledged(IConsumer<byte[]?, byte[]?> consumer)
    {
        while (_pending.TryPeek(out var oldest) && oldest.Delivery.Acknowledged.IsCompletedSuccessfully)
        {
            _pending.Dequeue();
            answered(consumer, new TopicPartitionOffset(oldest.Record.Topic, oldest.Record.Partition, oldest.Record.Offset));
        }
    }

    /// <summary>
    /// Waits for the oldest answer, sending it again if its delivery failed; under <paramref name="patience"/>, so that
    /// a broker outage is waited out with the partitions paused and the group membership kept, as for a database outage.
    /// </summary>
    public async Task WaitForOldestAsync(IConsumer<byte[]?, byte[]?> consumer, OutagePatience patience, CancellationToken stopping)
    {
        if (!_pending.TryPeek(out var oldest)) return;
        await patience.UntilDoneAsync(oldest.Record, async () =>
        {
            if (oldest.Delivery.Acknowledged.IsFaulted) oldest.Delivery.Resend();
            try { await oldest.Delivery.Acknowledged.WaitAsync(AcknowledgementWait, stopping); }
            catch (TimeoutException) { throw new AnswerNotAcknowledgedException(oldest.Record.Position, AcknowledgementWait); }
        }, stopping);
        StoreAcknowledged(consumer);
    }

    /// <summary>Before a rebalance takes partitions away and at shutdown: every answer acknowledged in time is stored.</summary>
    public void StoreWithin(IConsumer<byte[]?, byte[]?> consumer, TimeSpan timeout)
    {
        // A failed or late delivery stops the stored prefix there: its record and the later ones are redelivered to
        // whoever owns them next, as duplicates that are answered again.
        try { Task.WhenAll(_pending.Select(pending => pending.Delivery.Acknowledged)).Wait(timeout); }
        catch (AggregateException) { }
        StoreAcknowledged(consumer);
    }

    /// <summary>One wait for an acknowledgement; a longer silence is handled as an outage (timeout, then patience's back-off).</summary>
    private static readonly TimeSpan AcknowledgementWait = TimeSpan.FromSeconds(5);
}
