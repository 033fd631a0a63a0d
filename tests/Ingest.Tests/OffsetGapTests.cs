using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// librdkafka's mock cluster silently drops a partition's data beyond 5 MiB (GUIDE §5). A consumer that was away
/// while that happened must notice the jump in offsets and say so, not pass over it.
/// </summary>
public sealed class OffsetGapTests : BrokerAndDatabaseTest
{
    [Fact]
    public async Task Records_a_broker_dropped_while_the_consumer_was_away_are_detected_and_recorded()
    {
        // One key, so one partition. Unregistered institution: every record is dead-lettered, which is quick.
        var small = "visit_no\nA\n"u8.ToArray();
        await using (var first = await RunningPipeline.StartAsync(Broker, Database))
        {
            await Broker.SendTableAsync("GAP", "outpatient_visit", "g0", small, Some.Shanghai(2022, 4, 1));
            await first.WaitForAsync(1);
        }

        // While nobody consumes, 8 MiB arrive on that partition: the mock keeps only the newest ~5 MiB.
        var large = new byte[128 * 1024];
        Array.Fill(large, (byte)'x');
        for (var i = 1; i <= 64; i++)
            await Broker.SendTableAsync("GAP", "outpatient_visit", $"g{i}", large, Some.Shanghai(2022, 4, 1));

        await using (var second = await RunningPipeline.StartAsync(Broker, Database))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await Database.ScalarAsync("SELECT count(*) FROM hx.offset_gaps") == 0 && DateTime.UtcNow < deadline)
                await Task.Delay(200);
            var survivors = 65 - await Database.ScalarAsync("SELECT coalesce(max(seen_offset), 0) FROM hx.offset_gaps");
            await second.WaitForAsync(survivors);
        }

        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.offset_gaps"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT expected_offset FROM hx.offset_gaps"));
        var missing = await Database.ScalarAsync("SELECT seen_offset - expected_offset FROM hx.offset_gaps");
        Assert.InRange(missing, 1, 63);
        // Every record that did survive was still settled once.
        Assert.Equal(65 - missing, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE institution_code = 'GAP'"));
    }
}
