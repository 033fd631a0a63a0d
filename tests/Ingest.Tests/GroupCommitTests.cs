using System.Text;
using System.Text.Json;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Settling;
using HealthExchange.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// Group commit (<see cref="GroupCommit"/>) over the real broker and PostgreSQL: a backlog of table batches is committed
/// a few at a time, and every batch is still answered once, in the order sent, with exactly what it would have had alone
/// — whatever the group holds (corrections, a reused batch id, a dead letter, a retraction) and even when the group's
/// connection dies under it.
/// </summary>
public sealed class GroupCommitTests : BrokerAndDatabaseTest
{
    private static readonly DateOnly Day = new(2022, 4, 20);
    private static readonly DateTimeOffset At = Some.Shanghai(2022, 4, 20, 21);

    [Fact]
    public async Task A_backlog_is_committed_in_groups_and_every_batch_answered_once_in_the_order_sent()
    {
        var sent = new List<string>();
        async Task Send(string batch, byte[] payload, string table = "outpatient_visit", bool retraction = false)
        {
            var headers = TestBroker.TableHeaders(Some.Hospital, table, batch);
            if (retraction) headers.AddRange([(WireHeaders.Operation, "delete"u8.ToArray()), (WireHeaders.Reason, Encoding.UTF8.GetBytes("退号"))]);
            // A minute apart: a correction is a newer upload of its keys.
            await Broker.SendRawAsync(Broker.Options.TablesTopic, Encoding.UTF8.GetBytes(Some.Hospital), payload, headers, At.AddMinutes(sent.Count).ToUnixTimeMilliseconds());
            sent.Add(batch);
        }
        for (var i = 0; i < 6; i++) await Send($"g{i}", Some.OutpatientCsv(Some.Visits($"G{i}", 3, Day)));
        var corrected = Some.Visits("G2", 3, Day);
        corrected[0]["fee_total"] = "88.00";
        await Send("c2", Some.OutpatientCsv(corrected));                              // keys an earlier batch of the group inserted
        await Send("g3", Some.OutpatientCsv(Some.Visits("D3", 3, Day)));              // a batch id the group already used
        await Send("x1", Some.OutpatientCsv(Some.Visits("X", 2, Day)), "no_such_table"); // a dead letter in the middle
        await Send("r1", "visit_no\nG100000\n"u8.ToArray(), retraction: true);        // a retraction: its own transaction
        for (var i = 6; i < 10; i++)
        {
            var rows = Some.Visits($"G{i}", 3, Day);
            if (i == 7) rows[1]["sex"] = "7";
            await Send($"g{i}", Some.OutpatientCsv(rows));
        }
        corrected = Some.Visits("G4", 3, Day);
        corrected[2]["fee_total"] = "88.00";
        await Send("c4", Some.OutpatientCsv(corrected));

        // Started after the backlog is in the topic, so that records wait in the consumer's queue.
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        await pipeline.WaitForAsync(sent.Count);

        var (commits, grouped) = pipeline.Services.Consumer.Grouping!.Counts;
        Assert.True(commits > 0 && grouped > commits, $"{grouped} batches in {commits} group commits");
        var receipts = Broker.ReadAll(Broker.Options.ReceiptsTopic, sent.Count, TimeSpan.FromSeconds(20))
            .Select(record => JsonDocument.Parse(record.Message.Value).RootElement).ToList();
        Assert.Equal(sent, receipts.Select(r => r.GetProperty("batchId").GetString()));
        string Status(int i) => receipts[i].GetProperty("status").GetString()!;
        Assert.Equal("duplicate", Status(sent.IndexOf("g3", 4)));
        Assert.Equal(3, receipts[sent.IndexOf("g3", 4)].GetProperty("loaded").GetInt32());
        Assert.Equal("dead_letter", Status(sent.IndexOf("x1")));
        Assert.Equal(1, receipts[sent.IndexOf("c2")].GetProperty("corrected").GetInt32());
        Assert.Equal(1, receipts[sent.IndexOf("g7")].GetProperty("quarantined").GetInt32());

        // Ten batches of three, one row rejected, one retracted; both corrections kept.
        Assert.Equal(28, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no LIKE 'D3%' OR visit_no = 'G100000'"));
        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE fee_total = 88"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'dead_letter'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.quarantine"));
        // The roll-ups equal their rebuild: checked when the database is disposed (RollupInvariant).
    }

    [Fact]
    public async Task A_dead_letter_whose_group_cannot_commit_is_settled_alone_after_the_batches_before_it()
    {
        await using var services = await ServicesAsync();
        var group = Group(services);
        group.Add(Record(0, "outpatient_visit"));
        // Taken, and held undecided while read ahead: record 0 is decided in the group, record 1 after the kill.
        group.Add(Record(1, "no_such_table"));
        await group.SettleAsync(flush: false, CancellationToken.None);
        await TerminateIdleTransactionsAsync();

        // Decided without the group's connection (no such table), so the broken group is found only at its commit.
        group.Add(Record(2, "outpatient_visit"));
        await group.SettleAsync(flush: true, CancellationToken.None);

        var answered = group.TakeAnswered();
        Assert.Equal([0L, 1L, 2L], answered.Select(a => a.Record.Offset));
        await Task.WhenAll(answered.Select(a => a.Delivery.Acknowledged));
        Assert.Equal(8, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'dead_letter' AND reason_code = 'HX1003'"));
    }

    [Fact]
    public async Task When_the_groups_connection_dies_its_batches_are_settled_again_alone_in_order_and_loaded_once()
    {
        await using var services = await ServicesAsync();
        var group = Group(services);
        group.Add(Record(0, "outpatient_visit"));
        group.Add(Record(1, "outpatient_visit"));
        await group.SettleAsync(flush: false, CancellationToken.None);
        Assert.Empty(group.TakeAnswered());
        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit")); // not committed yet

        await TerminateIdleTransactionsAsync();
        group.Add(Record(2, "outpatient_visit"));
        // The group fails at the next statement; its records and the new one are settled alone, in order.
        await group.SettleAsync(flush: true, CancellationToken.None);
        var answered = group.TakeAnswered();
        Assert.Equal([0L, 1L, 2L], answered.Select(a => a.Record.Offset));
        await Task.WhenAll(answered.Select(a => a.Delivery.Acknowledged));
        Assert.Equal(0, group.Waiting);
        Assert.Equal(12, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(3, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'loaded' AND rows_inserted = 4"));
        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status <> 'loaded'"));
        Assert.Equal((0L, 0L), group.Counts);
    }

    [Fact]
    public async Task A_retraction_after_a_duplicate_in_the_same_group_does_not_wait_on_the_groups_own_lock()
    {
        await using var services = await ServicesAsync();
        var group = Group(services);
        group.Add(Record(0, "outpatient_visit"));
        await group.SettleAsync(flush: true, CancellationToken.None);

        // The duplicate's claim takes the (institution, table) lock in the group; the retraction takes it on its own connection.
        group.Add(Record(0, "outpatient_visit") with { Offset = 1 });
        var retraction = TestBroker.TableHeaders(Some.Hospital, "outpatient_visit", "r2")
            .Concat([(WireHeaders.Operation, "delete"u8.ToArray()), (WireHeaders.Reason, Encoding.UTF8.GetBytes("退号"))]);
        group.Add(new ReceivedRecord(Broker.Options.TablesTopic, 0, 2, null, "visit_no\nL000000\n"u8.ToArray(),
            retraction.Select(h => new RecordHeader(h.Item1, h.Item2)).ToList(), At.AddMinutes(1).ToUnixTimeMilliseconds(), true));
        await group.SettleAsync(flush: true, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));

        var answered = group.TakeAnswered();
        Assert.Equal([0L, 1L, 2L], answered.Select(a => a.Record.Offset));
        await Task.WhenAll(answered.Select(a => a.Delivery.Acknowledged));
        Assert.Equal(3, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no = 'L000000'"));
    }

    /// <summary>A group of the default size (16) over the pipeline's own settler and data source.</summary>
    private static GroupCommit Group(PipelineServices services) => new(services.Settler, services.DataSource, 16);

    private Task<PipelineServices> ServicesAsync() =>
        PipelineServices.CreateAsync(new HostSettings { Kafka = Broker.Options, ConnectionString = Database.ConnectionString }, NullLoggerFactory.Instance,
            TimeProvider.System, CancellationToken.None);

    private ReceivedRecord Record(int offset, string table) =>
        TestBroker.TableRecord(Broker.Options.TablesTopic, offset, Some.Hospital, table, $"l{offset}", Some.OutpatientCsv(Some.Visits($"L{offset}", 4, Day)), At);

    /// <summary>The group's backend is terminated (a failover, an operator's pg_terminate_backend).</summary>
    private async Task TerminateIdleTransactionsAsync() =>
        Assert.Equal(1, await Database.ScalarAsync(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'"));
}
