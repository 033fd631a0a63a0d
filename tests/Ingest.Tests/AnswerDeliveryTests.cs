using System.Text.Json;
using Confluent.Kafka;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.DeadLetters;
using HealthExchange.Ingest.Kafka;
using HealthExchange.Ingest.Settling;
using HealthExchange.TestSupport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// A record's answer (its receipt; for a dead letter also the hx.dlq copy) is sent while the next record loads, and its
/// offset is committed only once the broker has acknowledged that answer and every earlier one. Shown with the answers
/// going to a second broker that is taken off the network: the records keep loading, no offset moves, and when the
/// broker is back every answer arrives, once, and the offsets follow. The answers' producer gives up on a message after
/// 2 s here (5 min in service), so the outage also shows failed deliveries being sent again.
/// </summary>
public sealed class AnswerDeliveryTests : BrokerAndDatabaseTest
{
    private static readonly DateOnly Day = new(2022, 4, 20);

    [Fact]
    public async Task Records_load_while_their_answers_cannot_be_delivered_but_no_offset_is_committed_until_they_are()
    {
        using var answers = new TestBroker();
        var config = PipelineServices.ProducerConfig(answers.Options.BootstrapServers);
        config.MessageTimeoutMs = 2000;
        using var producer = new ProducerBuilder<string?, byte[]>(config).Build();
        using var stop = new CancellationTokenSource();
        var (consumer, loop) = Start(producer, NullLogger.Instance, stop.Token);

        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "first", Some.OutpatientCsv(Some.Visits("F", 3, Day)), Some.Shanghai(2022, 4, 20, 20));
        await UntilAsync(() => Task.FromResult(consumer.RecordsHandled == 1), loop);
        Assert.Equal(1, await UntilCommittedAsync(1));

        answers.SetReachable(false);
        for (var i = 0; i < 2; i++)
            await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", $"during{i}", Some.OutpatientCsv(Some.Visits($"D{i}", 4, Day)), Some.Shanghai(2022, 4, 20, 21));
        await Broker.SendTableAsync(Some.Hospital, "no_such_table", "unknown", "a,b\n1,2\n"u8.ToArray(), Some.Shanghai(2022, 4, 20, 21));

        // Everything about the three records is in PostgreSQL, their answers are not delivered.
        await UntilAsync(async () => await Database.ScalarAsync("SELECT count(*) FROM hx.batches") == 4, loop);
        Assert.Equal(3 + 2 * 4, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.dead_letters"));
        // Longer than auto.commit.interval.ms (5 s): an offset stored meanwhile would have been committed by now.
        await Task.Delay(TimeSpan.FromSeconds(6));
        Assert.Equal(1, consumer.RecordsHandled);
        Assert.Equal(1, await CommittedAsync());

        answers.SetReachable(true);
        await UntilAsync(() => Task.FromResult(consumer.RecordsHandled == 4), loop, TimeSpan.FromSeconds(90));
        var receipts = answers.ReadAll(answers.Options.ReceiptsTopic, 4, TimeSpan.FromSeconds(20))
            .Select(receipt => JsonDocument.Parse(receipt.Message.Value).RootElement)
            .ToDictionary(receipt => receipt.GetProperty("batchId").GetString()!, receipt => receipt.GetProperty("status").GetString());
        Assert.Equal(["during0", "during1", "first", "unknown"], receipts.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("dead_letter", receipts["unknown"]);
        Assert.Equal("loaded", receipts["during1"]);
        Assert.Single(answers.ReadAll(answers.Options.DeadLetterTopic, 1, TimeSpan.FromSeconds(10)));
        Assert.Equal(4, await UntilCommittedAsync(4));

        await stop.CancelAsync();
        await loop;
    }

    [Fact]
    public async Task With_the_answers_broker_gone_the_consumer_loads_at_most_the_bound_ahead_then_waits_and_says_why()
    {
        using var answers = new TestBroker();
        using var producer = new ProducerBuilder<string?, byte[]>(PipelineServices.ProducerConfig(answers.Options.BootstrapServers)).Build();
        var logs = new CapturingLoggerFactory();
        using var stop = new CancellationTokenSource();
        var (consumer, loop) = Start(producer, logs.CreateLogger("consumer"), stop.Token);
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "first", Some.OutpatientCsv(Some.Visits("F", 1, Day)), Some.Shanghai(2022, 4, 20, 20));
        await UntilAsync(() => Task.FromResult(consumer.RecordsHandled == 1), loop);

        answers.SetReachable(false);
        var sent = PendingFeedback.MaxPending + 3;
        for (var i = 0; i < sent; i++)
            await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", $"b{i:D3}", Some.OutpatientCsv(Some.Visits($"B{i:D3}-", 1, Day)), Some.Shanghai(2022, 4, 20, 21));

        // The bound's worth is loaded, then the consumer waits for the oldest answer and says what it waits for.
        await UntilAsync(() => Task.FromResult(logs.Lines.Any(line => line.Contains(nameof(AnswerNotAcknowledgedException), StringComparison.Ordinal))), loop);
        Assert.Equal(1 + PendingFeedback.MaxPending, await Database.ScalarAsync("SELECT count(*) FROM hx.batches"));
        Assert.Equal(1, consumer.RecordsHandled);

        answers.SetReachable(true);
        await UntilAsync(() => Task.FromResult(consumer.RecordsHandled == 1 + sent), loop, TimeSpan.FromSeconds(120));
        Assert.Equal(1 + sent, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'loaded'"));
        Assert.Equal(1 + sent, await UntilCommittedAsync(1 + sent));
        await stop.CancelAsync();
        await loop;
    }

    /// <summary>The pipeline's consumer and settle step over the test broker and database, its answers sent by <paramref name="answers"/>.</summary>
    private (IngestConsumer Consumer, Task Loop) Start(IProducer<string?, byte[]> answers, ILogger logger, CancellationToken stop)
    {
        var tables = Database.TableProcessor();
        var settler = new RecordSettler(new Dictionary<string, IRecordProcessor>(StringComparer.Ordinal) { [Broker.Options.TablesTopic] = tables }, tables,
            new DeadLetterStore(Database.DataSource), new FeedbackPublisher(answers, Broker.Options), NullLogger.Instance);
        var consumer = new IngestConsumer(Broker.Options, settler, Database.DataSource, logger, TimeProvider.System);
        return (consumer, consumer.RunAsync(stop));
    }

    /// <summary>The group's committed offsets on the tables topic, summed over its partitions (each is the next to read).</summary>
    private async Task<long> CommittedAsync()
    {
        using var probe = new ConsumerBuilder<Ignore, Ignore>(new ConsumerConfig { BootstrapServers = Broker.Options.BootstrapServers, GroupId = Broker.Options.GroupId }).Build();
        var partitions = Enumerable.Range(0, 4).Select(p => new TopicPartition(Broker.Options.TablesTopic, p)).ToList();
        return await Task.Run(() => probe.Committed(partitions, TimeSpan.FromSeconds(10)).Sum(position => Math.Max(0, position.Offset.Value)));
    }

    private async Task<long> UntilCommittedAsync(long expected)
    {
        var committed = 0L;
        for (var attempt = 0; attempt < 60 && (committed = await CommittedAsync()) != expected; attempt++) await Task.Delay(250);
        return committed;
    }

    private static async Task UntilAsync(Func<Task<bool>> condition, Task loop, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (!await condition())
        {
            if (loop.IsFaulted) await loop;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("condition not met in time");
            await Task.Delay(50);
        }
    }
}
