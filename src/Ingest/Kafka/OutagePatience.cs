using Confluent.Kafka;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Settling;
using Microsoft.Extensions.Logging;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// Waits out a transient failure (PostgreSQL down, a broker unreachable) on the record at hand, however long it lasts:
/// retried with capped exponential back-off, never skipped. Meanwhile the consumer's partitions are paused and it keeps
/// polling, so max.poll.interval.ms never expires and the group keeps the member and its assignment; a record that a
/// poll still returns is set back by a seek before the partitions resume. The outage is logged when it starts, once a
/// minute while it lasts, and when it ends.
/// </summary>
/// <param name="retried">Told of every retry (the consumer counts them for /metrics).</param>
internal sealed class OutagePatience(IConsumer<byte[]?, byte[]?> consumer, KafkaOptions options, ILogger logger, TimeProvider time, Action? retried = null)
{
    private static readonly TimeSpan ReportEvery = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan PollSlice = TimeSpan.FromMilliseconds(500);

    public async Task UntilDoneAsync(ReceivedRecord record, Func<Task> work, CancellationToken stopping)
    {
        var delayMs = options.MinRetryDelayMs;
        DateTimeOffset? since = null;
        var lastReport = DateTimeOffset.MinValue;
        var setBack = new Dictionary<TopicPartition, Offset>();
        while (true)
        {
            try
            {
                await work();
                break;
            }
            catch (Exception error) when (Transience.IsTransient(error) && !stopping.IsCancellationRequested)
            {
                retried?.Invoke();
                var now = time.GetUtcNow();
                since ??= now;
                if (now - lastReport >= ReportEvery)
                {
                    if (lastReport == DateTimeOffset.MinValue) IngestLog.Retrying(logger, error.GetType().Name, record.Topic, record.Partition, record.Offset, delayMs);
                    else IngestLog.OutageContinues(logger, (long)(now - since.Value).TotalSeconds, record.Topic, record.Partition, record.Offset);
                    lastReport = now;
                }
                KeepMembership(TimeSpan.FromMilliseconds(delayMs), setBack, stopping);
                delayMs = Math.Min(delayMs * 2, options.MaxRetryDelayMs);
            }
        }
        if (since is null) return;
        foreach (var (partition, offset) in setBack) consumer.Seek(new TopicPartitionOffset(partition, offset));
        consumer.Resume(consumer.Assignment);
        IngestLog.OutageOver(logger, (long)(time.GetUtcNow() - since.Value).TotalSeconds, record.Topic, record.Partition, record.Offset);
    }

    /// <summary>Polls with every assigned partition paused for <paramref name="wait"/>; remembers where to resume any record it was handed.</summary>
    private void KeepMembership(TimeSpan wait, Dictionary<TopicPartition, Offset> setBack, CancellationToken stopping)
    {
        var until = time.GetUtcNow() + wait;
        while (!stopping.IsCancellationRequested)
        {
            // Pausing again each time covers partitions a rebalance assigned meanwhile.
            consumer.Pause(consumer.Assignment);
            var left = until - time.GetUtcNow();
            if (left <= TimeSpan.Zero) return;
            try
            {
                if (consumer.Consume(left < PollSlice ? left : PollSlice) is { IsPartitionEOF: false } early
                    && (!setBack.TryGetValue(early.TopicPartition, out var first) || early.Offset.Value < first.Value))
                    setBack[early.TopicPartition] = early.Offset;
            }
            catch (ConsumeException error) when (!error.Error.IsFatal)
            {
                IngestLog.ConsumeError(logger, error.Error.Code.ToString(), error.Error.Reason);
            }
        }
    }
}
