using System.Collections.Concurrent;
using Confluent.Kafka;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// What the running consumer lets the process's HTTP host see, updated on the consumer's own thread and read from
/// any: the partitions it holds, its lag per partition (the broker's high watermark as last fetched, minus the next
/// offset to settle), and how many times a transient failure made it retry a record (database or broker outage).
/// </summary>
public sealed class ConsumerObservations
{
    private readonly ConcurrentDictionary<(string Topic, int Partition), long> _lag = new();
    private readonly ConcurrentDictionary<(string Topic, int Partition), bool> _assigned = new();
    private long _retries;
    private int _joined;

    /// <summary>The consumer has received an assignment from its group (possibly empty, when members outnumber partitions) and not lost it since.</summary>
    public bool AssignmentHeld => Volatile.Read(ref _joined) == 1;

    public IReadOnlyCollection<(string Topic, int Partition)> Assigned => _assigned.Keys.ToList();

    public IReadOnlyDictionary<(string Topic, int Partition), long> Lag => new Dictionary<(string, int), long>(_lag);

    public long Retries => Interlocked.Read(ref _retries);

    internal void Assign(IEnumerable<TopicPartition> partitions)
    {
        foreach (var partition in partitions) _assigned[(partition.Topic, partition.Partition.Value)] = true;
        Volatile.Write(ref _joined, 1);
    }

    internal void Revoke(IEnumerable<TopicPartition> partitions, bool lost)
    {
        foreach (var partition in partitions)
        {
            _assigned.TryRemove((partition.Topic, partition.Partition.Value), out _);
            _lag.TryRemove((partition.Topic, partition.Partition.Value), out _);
        }
        if (lost) Volatile.Write(ref _joined, 0);
    }

    internal void Left() => Volatile.Write(ref _joined, 0);

    internal void Retried() => Interlocked.Increment(ref _retries);

    /// <summary>After settling <paramref name="settled"/>: the records of its partition still to come, as far as the client last heard.</summary>
    internal void Settled(IConsumer<byte[]?, byte[]?> consumer, TopicPartitionOffset settled)
    {
        var high = consumer.GetWatermarkOffsets(settled.TopicPartition).High;
        if (high.Value >= 0) _lag[(settled.Topic, settled.Partition.Value)] = Math.Max(0, high.Value - (settled.Offset.Value + 1));
    }
}
