using System.Collections.Concurrent;
using System.Text.Json;
using Confluent.Kafka;

namespace HealthExchange.Benchmarks.EndToEnd;

/// <summary>
/// Reads hx.receipts from the beginning on its own thread, as a sender would, and notes when each receipt
/// arrived: the end-to-end clock stops at the last one.
/// </summary>
public sealed class ReceiptWatch : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private readonly ConcurrentQueue<(string BatchId, string Status, long ArrivedTicks)> _arrived = new();
    // Kept as receipts arrive, so that a sender pacing itself every few milliseconds does not rescan every receipt (a
    // profile of a 500-row run found that rescan at ≈ 5 % of the process's CPU, taken from the pipeline and PostgreSQL).
    private readonly ConcurrentDictionary<string, int> _countByPrefix = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Lane, long Bytes)> _expected = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _answeredBytes = new(StringComparer.Ordinal);
    private long _count;

    public ReceiptWatch(string bootstrapServers, string topic)
    {
        var consumer = new ConsumerBuilder<byte[]?, byte[]>(new ConsumerConfig
        {
            BootstrapServers = bootstrapServers,
            GroupId = "bench-receipts-" + Guid.NewGuid().ToString("N")[..8],
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            FetchWaitMaxMs = 10,
        }).Build();
        consumer.Subscribe(topic);
        _thread = new Thread(() => Read(consumer)) { IsBackground = true, Name = "receipts" };
        _thread.Start();
    }

    public long Count => Interlocked.Read(ref _count);

    private void Read(IConsumer<byte[]?, byte[]> consumer)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var result = consumer.Consume(TimeSpan.FromMilliseconds(100));
                if (result is null || result.IsPartitionEOF) continue;
                var at = System.Diagnostics.Stopwatch.GetTimestamp();
                using var json = JsonDocument.Parse(result.Message.Value);
                var batchId = json.RootElement.GetProperty("batchId").GetString()!;
                _arrived.Enqueue((batchId, json.RootElement.GetProperty("status").GetString()!, at));
                _countByPrefix.AddOrUpdate(PrefixOf(batchId), 1, (_, count) => count + 1);
                if (_expected.TryGetValue(batchId, out var size)) _answeredBytes.AddOrUpdate(size.Lane, size.Bytes, (_, bytes) => bytes + size.Bytes);
                Interlocked.Increment(ref _count);
            }
        }
        finally
        {
            consumer.Close();
            consumer.Dispose();
        }
    }

    /// <summary>A batch id's prefix up to and including its first '-' ("warm-", "e2e-"): what <see cref="CountOf"/> counts by.</summary>
    public static string PrefixOf(string batchId) => batchId.IndexOf('-', StringComparison.Ordinal) is var dash and >= 0 ? batchId[..(dash + 1)] : batchId;

    /// <summary>How many receipts have arrived for batch ids with this <see cref="PrefixOf"/>; no rescan.</summary>
    public int CountOf(string prefix) => _countByPrefix.GetValueOrDefault(prefix);

    /// <summary>
    /// A batch about to be sent: when its receipt arrives, its size is added to what its lane (the sender, and so its
    /// partition) has had answered (<see cref="AnsweredBytes"/>). Called before the send, so no receipt comes first.
    /// </summary>
    public void Expect(string batchId, string lane, long bytes) => _expected[batchId] = (lane, bytes);

    public long AnsweredBytes(string lane) => _answeredBytes.GetValueOrDefault(lane);

    /// <summary>Receipts seen so far for batch ids of this <see cref="PrefixOf"/>.</summary>
    public List<(string BatchId, string Status, long ArrivedTicks)> Seen(string prefix) =>
        _arrived.Where(receipt => PrefixOf(receipt.BatchId) == prefix).ToList();

    /// <summary>Waits until <paramref name="count"/> receipts have arrived for batch ids of this <see cref="PrefixOf"/>.</summary>
    public async Task UntilAsync(string prefix, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (CountOf(prefix) < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{CountOf(prefix)} of {count} receipts for {prefix}*");
            await Task.Delay(5);
        }
    }

    /// <summary>Stops reading (before the broker goes away, so the reader does not retry a closed port); once is enough.</summary>
    public void Dispose()
    {
        if (_stop.IsCancellationRequested) return;
        _stop.Cancel();
        _thread.Join();
        _stop.Dispose();
    }
}
