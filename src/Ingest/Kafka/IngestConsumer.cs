using Confluent.Kafka;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Settling;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// The at-least-once consumer loop: offsets are stored only after a record is settled (loaded or dead-lettered, and
/// its answer acknowledged by the broker), auto-commit then commits stored offsets. The answer's round trip overlaps
/// the next record's load (<see cref="PendingFeedback"/>), so a record costs no broker round trip of its own. Keys,
/// values and headers are taken as bytes, so no
/// record can fail before the settle step sees it, and every data-dependent failure ends there as a dead letter. The
/// loop stops only on shutdown or a fatal Kafka error. While a transient failure lasts (PostgreSQL down for minutes or
/// hours) it keeps the record, pauses its partitions and keeps polling so the group keeps its membership.
/// </summary>
public sealed class IngestConsumer(KafkaOptions options, RecordSettler settler, NpgsqlDataSource dataSource, ILogger logger, TimeProvider time)
{
    public long RecordsHandled => Interlocked.Read(ref _handled);

    /// <summary>Assignment, lag and retries, for /metrics and /health/ready of the HTTP host in the same process.</summary>
    public ConsumerObservations Observations { get; } = new();

    /// <summary>The running loop's group commit (null before it starts), for its counts.</summary>
    public GroupCommit? Grouping { get; private set; }
    private long _handled;

    public static ConsumerConfig ConsumerConfig(KafkaOptions options)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = options.BootstrapServers,
            GroupId = options.GroupId,
            EnableAutoCommit = true,
            EnableAutoOffsetStore = false,
            AutoOffsetReset = AutoOffsetReset.Earliest,
            SessionTimeoutMs = options.SessionTimeoutMs,
            MaxPollIntervalMs = options.MaxPollIntervalMs,
            // Large batches: allow records up to 64 MiB; a broker's own limit still applies.
            FetchMaxBytes = 64 * 1024 * 1024,
            MaxPartitionFetchBytes = 16 * 1024 * 1024,
            // librdkafka's default prefetch threshold leaves a lone consumer idle ≈ 0.9 s between fetches (measured
            // against the mock cluster, GUIDE §5); a higher threshold keeps the local queue filled.
            QueuedMinMessages = 1_000_000,
            FetchWaitMaxMs = 100,
        };
        options.ApplyClientSettings(config);
        return config;
    }

    /// <summary>Runs the blocking loop on its own thread until <paramref name="stopping"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken stopping) =>
        Task.Factory.StartNew(() => Run(stopping), stopping, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    private async Task Run(CancellationToken stopping)
    {
        var gaps = new OffsetGapDetector();
        var pending = new PendingFeedback(Answered);
        var group = new GroupCommit(settler, dataSource, Math.Max(1, options.GroupCommitBatches));
        Grouping = group;
        using var consumer = new ConsumerBuilder<byte[]?, byte[]?>(ConsumerConfig(options))
            .SetErrorHandler((_, error) => IngestLog.ConsumeError(logger, error.Code.ToString(), error.Reason))
            .SetPartitionsAssignedHandler((_, assigned) => Observations.Assign(assigned))
            .SetPartitionsRevokedHandler((revoking, revoked) =>
            {
                // Still ours here: what is answered by now is stored, and so committed as the partitions go.
                pending.StoreWithin(revoking, AnswersAtRebalance);
                gaps.Forget(revoked.Select(partition => partition.TopicPartition));
                Observations.Revoke(revoked.Select(partition => partition.TopicPartition), lost: false);
            })
            .SetPartitionsLostHandler((_, lost) =>
            {
                gaps.Forget(lost.Select(partition => partition.TopicPartition));
                Observations.Revoke(lost.Select(partition => partition.TopicPartition), lost: true);
            })
            .Build();
        var topics = new[] { options.TablesTopic, options.CdaTopic };
        consumer.Subscribe(topics);
        IngestLog.Started(logger, string.Join(",", topics), options.BootstrapServers, options.GroupId);
        // While a record waits out an outage, the answers of the records before it still get their offsets stored.
        var patience = new OutagePatience(consumer, options, logger, time, () =>
        {
            Observations.Retried();
            pending.StoreAcknowledged(consumer);
        });
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                pending.StoreAcknowledged(consumer);
                // The bound on records loaded ahead of their answers counts the group's too: it is answered first.
                if (group.Waiting > 0 && pending.Count + group.Waiting >= PendingFeedback.MaxPending)
                    await SettleGroupAsync(group, pending, patience, flush: true, stopping);
                if (pending.Full || pending.OldestFailed) await pending.WaitForOldestAsync(consumer, patience, stopping);
                ConsumeResult<byte[]?, byte[]?> result;
                try
                {
                    // A group open: only a record already waiting joins it. With answers in flight, come back soon to
                    // store their offsets even when no record follows.
                    result = group.Waiting > 0 ? consumer.Consume(TimeSpan.Zero)
                        : pending.Count > 0 ? consumer.Consume(AnswerPoll) : consumer.Consume(stopping);
                }
                catch (ConsumeException error)
                {
                    if (error.Error.IsFatal) { IngestLog.Fatal(logger, error.Error.Code.ToString(), error.Error.Reason); throw; }
                    IngestLog.ConsumeError(logger, error.Error.Code.ToString(), error.Error.Reason);
                    continue;
                }
                if (result is null || result.IsPartitionEOF)
                {
                    // Nothing more is waiting: the group is committed and answered now.
                    if (group.Waiting > 0) await SettleGroupAsync(group, pending, patience, flush: true, stopping);
                    continue;
                }
                var record = KafkaRecords.From(result);
                var missing = CheckContinuity(consumer, gaps, result);
                if (missing > 0) await patience.UntilDoneAsync(record, () => RecordGapAsync(record, missing, stopping), stopping);
                var groupable = options.GroupCommitBatches > 1 && record.Topic == options.TablesTopic && record.Value.Length <= GroupCommit.MaxRecordBytes;
                // Records of other topics are settled alone, after the group before them, so answers keep their order.
                if (!groupable && group.Waiting > 0) await SettleGroupAsync(group, pending, patience, flush: true, stopping);
                if (groupable)
                {
                    group.Add(record);
                    await SettleGroupAsync(group, pending, patience, flush: false, stopping);
                    continue;
                }
                FeedbackDelivery? delivery = null;
                await patience.UntilDoneAsync(record, async () => (_, delivery) = await settler.SettleAsync(record, stopping), stopping);
                pending.Add(record, delivery!);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
        }
        catch (Exception error)
        {
            IngestLog.Crashed(logger, error);
            throw;
        }
        finally
        {
            // A group not committed is rolled back: its records are redelivered, whoever owns them next.
            await group.AbandonAsync();
            pending.StoreWithin(consumer, AnswersAtShutdown);
            // Commits the stored offsets and leaves the group at once instead of waiting for the session timeout.
            consumer.Close();
            Observations.Left();
            IngestLog.Stopped(logger, RecordsHandled);
        }
    }

    /// <summary>
    /// Settles what the group holds (committing it when <paramref name="flush"/> or full), under the outage patience of
    /// its oldest record, and tracks the answers in the order the records were consumed.
    /// </summary>
    private static async Task SettleGroupAsync(GroupCommit group, PendingFeedback pending, OutagePatience patience, bool flush, CancellationToken stopping)
    {
        try
        {
            await patience.UntilDoneAsync(group.Oldest!, () => group.SettleAsync(flush, stopping), stopping);
        }
        finally
        {
            foreach (var (record, delivery) in group.TakeAnswered()) pending.Add(record, delivery);
        }
    }

    private static readonly TimeSpan AnswerPoll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan AnswersAtRebalance = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan AnswersAtShutdown = TimeSpan.FromSeconds(10);

    /// <summary>A record is handled once its answer is acknowledged: its offset is stored and it counts.</summary>
    private void Answered(IConsumer<byte[]?, byte[]?> consumer, TopicPartitionOffset consumed)
    {
        StoreOffset(consumer, consumed);
        Observations.Settled(consumer, consumed);
        Interlocked.Increment(ref _handled);
    }

    /// <summary>
    /// After a rebalance during a long settle the partition may belong to another member: its offset is then theirs to
    /// commit, and the record they are redelivered is a duplicate to the idempotent load.
    /// </summary>
    private void StoreOffset(IConsumer<byte[]?, byte[]?> consumer, TopicPartitionOffset consumed)
    {
        try
        {
            // The committed offset is the next record to read.
            consumer.StoreOffset(new TopicPartitionOffset(consumed.TopicPartition, consumed.Offset + 1));
        }
        catch (KafkaException error) when (!error.Error.IsFatal)
        {
            IngestLog.ConsumeError(logger, error.Error.Code.ToString(), "offset not stored: the partition was reassigned");
        }
    }

    private long CheckContinuity(IConsumer<byte[]?, byte[]?> consumer, OffsetGapDetector gaps, ConsumeResult<byte[]?, byte[]?> result)
    {
        if (!gaps.Knows(result.TopicPartition))
        {
            var committed = consumer.Committed([result.TopicPartition], TimeSpan.FromSeconds(10)).FirstOrDefault();
            if (committed is not null && committed.Offset.Value >= 0) gaps.Expect(result.TopicPartition, committed.Offset.Value);
        }
        var missing = gaps.Observe(result.TopicPartitionOffset);
        if (missing > 0) IngestLog.OffsetGap(logger, result.Topic, result.Partition.Value, result.Offset.Value - missing, result.Offset.Value, missing);
        return missing;
    }

    private async Task RecordGapAsync(ReceivedRecord record, long missing, CancellationToken stopping)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO hx.offset_gaps (topic, kafka_partition, expected_offset, seen_offset) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new() { Value = record.Topic });
        command.Parameters.Add(new() { Value = record.Partition });
        command.Parameters.Add(new() { Value = record.Offset - missing });
        command.Parameters.Add(new() { Value = record.Offset });
        await command.ExecuteNonQueryAsync(stopping);
    }
}
