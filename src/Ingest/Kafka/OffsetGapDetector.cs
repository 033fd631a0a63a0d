using Confluent.Kafka;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// Offsets of a partition must be contiguous. A jump means records the consumer will never see — a broker
/// dropped them (retention; librdkafka's mock cluster drops beyond 5 MiB per partition without an error).
/// The first record after an assignment is compared with the group's committed offset.
/// </summary>
internal sealed class OffsetGapDetector
{
    private readonly Dictionary<TopicPartition, long> _expected = [];

    /// <summary>Forget what was expected of partitions this consumer no longer owns.</summary>
    public void Forget(IEnumerable<TopicPartition> partitions)
    {
        foreach (var partition in partitions) _expected.Remove(partition);
    }

    public bool Knows(TopicPartition partition) => _expected.ContainsKey(partition);

    public void Expect(TopicPartition partition, long offset) => _expected[partition] = offset;

    /// <summary>The number of offsets skipped before this one (0 when contiguous or unknown).</summary>
    public long Observe(TopicPartitionOffset record)
    {
        var missing = _expected.TryGetValue(record.TopicPartition, out var expected) && record.Offset.Value > expected
            ? record.Offset.Value - expected
            : 0;
        _expected[record.TopicPartition] = record.Offset.Value + 1;
        return missing;
    }
}
