using Confluent.Kafka;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// The at-least-once consumer loop: offsets are stored only after a record is settled (loaded and answered,
/// or dead-lettered), auto-commit then commits stored offsets. Transient database failures are retried on
/// the same record, never skipped; a fatal Kafka error stops the loop; shutdown closes the consumer cleanly.
/// </summary>
public sealed class IngestConsumer(KafkaOptions options, RecordHandler handler, NpgsqlDataSource dataSource, ILogger logger)
{
    public long RecordsHandled => Interlocked.Read(ref _handled);
    private long _handled;

    public static ConsumerConfig ConsumerConfig(KafkaOptions options) => new()
    {
        BootstrapServers = options.BootstrapServers,
        GroupId = options.GroupId,
        EnableAutoCommit = true,
        EnableAutoOffsetStore = false,
        AutoOffsetReset = AutoOffsetReset.Earliest,
        SessionTimeoutMs = options.SessionTimeoutMs,
        // Large batches: allow records up to 64 MiB; a broker's own limit still applies.
        FetchMaxBytes = 64 * 1024 * 1024,
        MaxPartitionFetchBytes = 16 * 1024 * 1024,
        // librdkafka's default prefetch threshold leaves a lone consumer idle ≈ 0.9 s between fetches (measured
        // against the mock cluster, GUIDE §5); a higher threshold keeps the local queue filled.
        QueuedMinMessages = 1_000_000,
        FetchWaitMaxMs = 100,
    };

    /// <summary>Runs the blocking loop on its own thread until <paramref name="stopping"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken stopping) =>
        Task.Factory.StartNew(() => Run(stopping), stopping, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();

    private async Task Run(CancellationToken stopping)
    {
        var gaps = new OffsetGapDetector();
        using var consumer = new ConsumerBuilder<string?, byte[]>(ConsumerConfig(options))
            .SetPartitionsRevokedHandler((_, revoked) => gaps.Forget(revoked.Select(partition => partition.TopicPartition)))
            .SetPartitionsLostHandler((_, lost) => gaps.Forget(lost.Select(partition => partition.TopicPartition)))
            .Build();
        var topics = new[] { options.TablesTopic, options.CdaTopic };
        consumer.Subscribe(topics);
        IngestLog.Started(logger, string.Join(",", topics), options.BootstrapServers, options.GroupId);
        try
        {
            while (!stopping.IsCancellationRequested)
            {
                ConsumeResult<string?, byte[]> record;
                try
                {
                    record = consumer.Consume(stopping);
                }
                catch (ConsumeException error)
                {
                    if (error.Error.IsFatal) { IngestLog.Fatal(logger, error.Error.Code.ToString(), error.Error.Reason); throw; }
                    IngestLog.ConsumeError(logger, error.Error.Code.ToString(), error.Error.Reason);
                    continue;
                }
                if (record is null || record.IsPartitionEOF) continue;
                await CheckContinuityAsync(consumer, gaps, record, stopping);
                await SettleAsync(record, stopping);
                consumer.StoreOffset(record);
                Interlocked.Increment(ref _handled);
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
            // Commits the stored offsets and leaves the group at once instead of waiting for the session timeout.
            consumer.Close();
            IngestLog.Stopped(logger, RecordsHandled);
        }
    }

    private async Task SettleAsync(ConsumeResult<string?, byte[]> record, CancellationToken stopping)
    {
        var delay = 200;
        while (true)
        {
            try
            {
                await TrySettleAsync(record, stopping);
                return;
            }
            catch (Exception error) when (IsTransient(error) && !stopping.IsCancellationRequested)
            {
                // Also when parking a failed record failed: nothing is skipped, the record is tried again.
                IngestLog.Retrying(logger, error, record.Topic, record.Partition.Value, record.Offset.Value, delay);
                await Task.Delay(delay, stopping);
                delay = Math.Min(delay * 2, options.MaxRetryDelayMs);
            }
        }
    }

    private async Task TrySettleAsync(ConsumeResult<string?, byte[]> record, CancellationToken stopping)
    {
        try
        {
            await handler.HandleAsync(record, stopping);
        }
        catch (Exception error) when (!IsTransient(error) && error is not OperationCanceledException)
        {
            // A failure no retry fixes would fail again on every redelivery: park the record in the dead-letter
            // topic (replayable once the cause is fixed) instead of blocking its partition or stopping the service.
            IngestLog.ProcessingFailed(logger, error, record.Topic, record.Partition.Value, record.Offset.Value);
            await handler.DeadLetterFailureAsync(record, error, stopping);
        }
    }

    /// <summary>Decided on the exception's own classification, never on its message text.</summary>
    private static bool IsTransient(Exception error) => error switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        ProduceException<string?, byte[]> produce => !produce.Error.IsFatal,
        KafkaException kafka => !kafka.Error.IsFatal,
        TimeoutException => true,
        _ => false,
    };

    private async Task CheckContinuityAsync(IConsumer<string?, byte[]> consumer, OffsetGapDetector gaps, ConsumeResult<string?, byte[]> record, CancellationToken stopping)
    {
        if (!gaps.Knows(record.TopicPartition))
        {
            var committed = consumer.Committed([record.TopicPartition], TimeSpan.FromSeconds(10)).FirstOrDefault();
            if (committed is not null && committed.Offset.Value >= 0) gaps.Expect(record.TopicPartition, committed.Offset.Value);
        }
        var missing = gaps.Observe(record.TopicPartitionOffset);
        if (missing == 0) return;
        IngestLog.OffsetGap(logger, record.Topic, record.Partition.Value, record.Offset.Value - missing, record.Offset.Value, missing);
        await using var command = dataSource.CreateCommand(
            "INSERT INTO hx.offset_gaps (topic, kafka_partition, expected_offset, seen_offset) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING");
        command.Parameters.Add(new() { Value = record.Topic });
        command.Parameters.Add(new() { Value = record.Partition.Value });
        command.Parameters.Add(new() { Value = record.Offset.Value - missing });
        command.Parameters.Add(new() { Value = record.Offset.Value });
        await command.ExecuteNonQueryAsync(stopping);
    }
}
