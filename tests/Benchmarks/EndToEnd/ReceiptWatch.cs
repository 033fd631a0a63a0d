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
                _arrived.Enqueue((json.RootElement.GetProperty("batchId").GetString()!, json.RootElement.GetProperty("status").GetString()!, at));
                Interlocked.Increment(ref _count);
            }
        }
        finally
        {
            consumer.Close();
            consumer.Dispose();
        }
    }

    /// <summary>Receipts seen so far whose batch id starts with <paramref name="prefix"/>.</summary>
    public List<(string BatchId, string Status, long ArrivedTicks)> Seen(string prefix) =>
        _arrived.Where(receipt => receipt.BatchId.StartsWith(prefix, StringComparison.Ordinal)).ToList();

    public async Task UntilAsync(string prefix, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (Seen(prefix).Count < count)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{Seen(prefix).Count} of {count} receipts for {prefix}*");
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
