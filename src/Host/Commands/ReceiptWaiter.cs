using System.Text;
using Confluent.Kafka;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Kafka;

namespace HealthExchange.Host.Commands;

/// <summary>
/// Watches hx.receipts from its current end for one batch's receipt: positioned before the batch is sent,
/// so the answer cannot be missed.
/// </summary>
internal sealed class ReceiptWaiter : IDisposable
{
    private readonly IConsumer<string?, byte[]> _consumer;

    public ReceiptWaiter(KafkaOptions options)
    {
        var topic = options.ReceiptsTopic;
        var config = new ConsumerConfig
        {
            BootstrapServers = options.BootstrapServers,
            GroupId = "hx-push-" + Guid.NewGuid().ToString("N"),
            EnableAutoCommit = false,
        };
        options.ApplyClientSettings(config);
        _consumer = new ConsumerBuilder<string?, byte[]>(config).Build();
        var adminConfig = new AdminClientConfig { BootstrapServers = options.BootstrapServers };
        options.ApplyClientSettings(adminConfig);
        using var admin = new AdminClientBuilder(adminConfig).Build();
        var metadata = admin.GetMetadata(topic, TimeSpan.FromSeconds(10));
        var partitions = metadata.Topics.Single().Partitions.Select(partition => new TopicPartition(topic, partition.PartitionId));
        _consumer.Assign(partitions.Select(partition =>
            new TopicPartitionOffset(partition, _consumer.QueryWatermarkOffsets(partition, TimeSpan.FromSeconds(10)).High)));
    }

    public string? WaitFor(string institution, string batchId, TimeSpan timeout) =>
        WaitFor(institution, WireHeaders.Batch, batchId, timeout);

    /// <summary>A CDA document's receipt, matched on its hx-document header.</summary>
    public string? WaitForDocument(string institution, string documentId, TimeSpan timeout) =>
        WaitFor(institution, WireHeaders.DocumentId, documentId, timeout);

    private string? WaitFor(string institution, string header, string value, TimeSpan timeout)
    {
        bool Matches(Message<string?, byte[]> message) => WireHeaders.Get(message.Headers, header) == value
            && WireHeaders.Get(message.Headers, WireHeaders.Institution) == institution;

        // Receipts of several documents arrive in any order: keep the ones read while waiting for another.
        var earlier = _seen.FindIndex(Matches);
        if (earlier >= 0) { var found = _seen[earlier]; _seen.RemoveAt(earlier); return Encoding.UTF8.GetString(found.Value); }
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            var record = _consumer.Consume(TimeSpan.FromMilliseconds(250));
            if (record?.Message is null) continue;
            if (Matches(record.Message)) return Encoding.UTF8.GetString(record.Message.Value);
            _seen.Add(record.Message);
        }
        return null;
    }

    private readonly List<Message<string?, byte[]>> _seen = [];

    public void Dispose()
    {
        _consumer.Close();
        _consumer.Dispose();
    }
}
