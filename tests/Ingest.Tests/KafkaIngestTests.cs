using System.Text;
using System.Text.Json;
using HealthExchange.Ingest.Envelope;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>Records through the real Kafka protocol (an in-process broker) into the real PostgreSQL.</summary>
public sealed class KafkaIngestTests : BrokerAndDatabaseTest
{
    [Fact]
    public async Task Batches_are_loaded_answered_and_a_redelivery_counted_once()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var day = new DateOnly(2022, 4, 20);
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "k1", Some.OutpatientCsv(Some.Visits("K1", 10, day)), Some.Shanghai(2022, 4, 20, 21));
        var bad = Some.Visits("K2", 5, day);
        bad[0]["sex"] = "7";
        bad[3]["id_no"] = "420106201101011919"; // GB 11643 check digit wrong
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "k2", Some.OutpatientCsv(bad), Some.Shanghai(2022, 4, 20, 22));
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "k1", Some.OutpatientCsv(Some.Visits("K1", 10, day)), Some.Shanghai(2022, 4, 21, 9));
        await pipeline.WaitForAsync(3);

        Assert.Equal(13, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx.batches"));
        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx.quarantine"));

        var receipts = Broker.ReadAll(Broker.Options.ReceiptsTopic, 3, TimeSpan.FromSeconds(20))
            .Select(record => JsonDocument.Parse(record.Message.Value).RootElement).ToList();
        Assert.Equal(3, receipts.Count);
        var k2 = receipts.Single(r => r.GetProperty("batchId").GetString() == "k2");
        Assert.Equal(("loaded", 5, 3, 2), (k2.GetProperty("status").GetString(), k2.GetProperty("received").GetInt32(), k2.GetProperty("loaded").GetInt32(), k2.GetProperty("quarantined").GetInt32()));
        Assert.Equal(2, k2.GetProperty("issues").GetArrayLength());
        var issue = k2.GetProperty("issues")[0];
        Assert.Equal(("HX2107", "error", 1, "sex", "7"), (issue.GetProperty("code").GetString(), issue.GetProperty("severity").GetString(),
            issue.GetProperty("row").GetInt32(), issue.GetProperty("column").GetString(), issue.GetProperty("value").GetString()));
        Assert.Equal("[sex] 代码不在值域中; 使用值域中的代码", issue.GetProperty("messageZh").GetString());
        Assert.Equal("[sex] code not in the value set; use a code from the value set", issue.GetProperty("messageEn").GetString());
        var id = k2.GetProperty("issues")[1];
        Assert.Equal(("HX2111", 4, "id_no", "42***************9"), (id.GetProperty("code").GetString(), id.GetProperty("row").GetInt32(),
            id.GetProperty("column").GetString(), id.GetProperty("value").GetString()));
        Assert.Contains("身份证号校验位错误", id.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(receipts, r => r.GetRawText().Contains("420106201101011919", StringComparison.Ordinal));
        Assert.Equal(2, receipts.Count(r => r.GetProperty("batchId").GetString() == "k1"));
        Assert.Contains(receipts, r => r.GetProperty("status").GetString() == "duplicate" && r.GetProperty("loaded").GetInt32() == 10);
    }

    [Fact]
    public async Task Records_that_cannot_be_read_go_to_the_dead_letter_topic_with_their_reason()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var csv = Some.OutpatientCsv(Some.Visits("X", 2, new DateOnly(2022, 4, 20)));
        var at = Some.Shanghai(2022, 4, 20, 21);
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "", csv, at, omitBatch: true);       // HX1001
        await Broker.SendTableAsync("NOPE", "outpatient_visit", "x2", csv, at);                            // HX1002
        await Broker.SendTableAsync(Some.Hospital, "no_such_table", "x3", csv, at);                         // HX1003
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "x4", csv, at, format: "xml");      // HX1004
        Assert.True(HealthExchange.Validation.Reading.BatchFormats.TryGetEncoding("gb18030", out var gb18030));
        var gbk = gb18030.GetBytes(Encoding.UTF8.GetString(csv).Replace("内科", "妇产科", StringComparison.Ordinal));
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "x5", gbk, at);                     // HX1006: GB18030 sent as UTF-8
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "x6", gbk, at, charset: "gb18030"); // fine
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "x7", "\n\n"u8.ToArray(), at);      // HX1007
        await pipeline.WaitForAsync(7);

        var dead = Broker.ReadAll(Broker.Options.DeadLetterTopic, 6, TimeSpan.FromSeconds(20));
        var codes = dead.Select(record => WireHeaders.Get(record.Message.Headers, WireHeaders.DeadLetterCode)).Order().ToList();
        Assert.Equal(["HX1001", "HX1002", "HX1003", "HX1004", "HX1006", "HX1007"], codes);
        Assert.All(dead, record => Assert.NotNull(WireHeaders.Get(record.Message.Headers, WireHeaders.DeadLetterReason)));
        Assert.All(dead, record => Assert.NotNull(WireHeaders.Get(record.Message.Headers, WireHeaders.DeadLetterOffset)));
        Assert.Equal(6, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'dead_letter' AND rows_inserted = 0 AND rows_received > 0"));
        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE dept_name = '妇产科'"));
    }

    [Fact]
    public async Task A_restarted_consumer_resumes_without_loading_anything_twice()
    {
        var day = new DateOnly(2022, 4, 20);
        await using (var first = await RunningPipeline.StartAsync(Broker, Database))
        {
            for (var i = 0; i < 4; i++)
                await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", $"r{i}", Some.OutpatientCsv(Some.Visits($"R{i}", 5, day)), Some.Shanghai(2022, 4, 20, 20));
            await first.WaitForAsync(4);
        }
        for (var i = 4; i < 6; i++)
            await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", $"r{i}", Some.OutpatientCsv(Some.Visits($"R{i}", 5, day)), Some.Shanghai(2022, 4, 20, 21));
        await using (var second = await RunningPipeline.StartAsync(Broker, Database))
            await second.WaitForAsync(2);

        Assert.Equal(30, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(30, await Database.ScalarAsync("SELECT sum(rows_inserted) FROM hx.batches"));
    }
}
