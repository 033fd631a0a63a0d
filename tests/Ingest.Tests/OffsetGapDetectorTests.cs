using Confluent.Kafka;
using HealthExchange.Ingest.Kafka;
using Xunit;

namespace HealthExchange.Ingest.Tests;

public class OffsetGapDetectorTests
{
    private static readonly TopicPartition P0 = new("hx.tables", 0);

    [Fact]
    public void Contiguous_offsets_report_no_gap()
    {
        var gaps = new OffsetGapDetector();
        gaps.Expect(P0, 10);
        Assert.Equal(0, gaps.Observe(new TopicPartitionOffset(P0, 10)));
        Assert.Equal(0, gaps.Observe(new TopicPartitionOffset(P0, 11)));
    }

    [Fact]
    public void A_jump_reports_the_missing_count()
    {
        var gaps = new OffsetGapDetector();
        gaps.Expect(P0, 10);
        Assert.Equal(5, gaps.Observe(new TopicPartitionOffset(P0, 15)));
        Assert.Equal(0, gaps.Observe(new TopicPartitionOffset(P0, 16)));
    }

    [Fact]
    public void A_redelivered_earlier_offset_is_not_a_gap()
    {
        var gaps = new OffsetGapDetector();
        gaps.Observe(new TopicPartitionOffset(P0, 20));
        Assert.Equal(0, gaps.Observe(new TopicPartitionOffset(P0, 18)));
    }

    [Fact]
    public void Forgotten_partitions_start_over()
    {
        var gaps = new OffsetGapDetector();
        gaps.Observe(new TopicPartitionOffset(P0, 20));
        gaps.Forget([P0]);
        Assert.False(gaps.Knows(P0));
        Assert.Equal(0, gaps.Observe(new TopicPartitionOffset(P0, 40)));
    }
}
