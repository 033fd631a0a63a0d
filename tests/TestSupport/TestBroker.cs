using Confluent.Kafka;
using HealthExchange.Host.Broker;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Kafka;

namespace HealthExchange.TestSupport;

/// <summary>An in-process Kafka-protocol broker (librdkafka's mock cluster) with the contract's topics, one per test class.</summary>
public sealed class TestBroker : IDisposable
{
    private readonly MockCluster _cluster = new();

    public TestBroker(int partitions = 4)
    {
        Options = new KafkaOptions
        {
            GroupId = "hx-test-" + Guid.NewGuid().ToString("N")[..8],
            SessionTimeoutMs = 6000,
        };
        Options.BootstrapServers = _cluster.BootstrapServers;
        EmbeddedTopics.Create(_cluster, Options, partitions);
        Producer = new ProducerBuilder<string?, byte[]>(PipelineServices.ProducerConfig(_cluster.BootstrapServers)).Build();
        _rawProducer = new Lazy<IProducer<byte[]?, byte[]>>(() => new ProducerBuilder<byte[]?, byte[]>(PipelineServices.ProducerConfig(_cluster.BootstrapServers)).Build());
    }

    private readonly Lazy<IProducer<byte[]?, byte[]>> _rawProducer;

    public KafkaOptions Options { get; }
    public IProducer<string?, byte[]> Producer { get; }

    /// <summary>Sends exactly these bytes: any key, any header values (null included), any timestamp — as a hostile sender could.</summary>
    public Task<DeliveryResult<byte[]?, byte[]>> SendRawAsync(string topic, byte[]? key, byte[] value, IEnumerable<(string Name, byte[]? Value)> headers, long timestampMs)
    {
        var message = new Message<byte[]?, byte[]> { Key = key, Value = value, Headers = [], Timestamp = new Timestamp(timestampMs, TimestampType.CreateTime) };
        foreach (var (name, bytes) in headers) message.Headers.Add(name, bytes);
        return _rawProducer.Value.ProduceAsync(topic, message);
    }

    /// <summary>The contract's headers for a table batch, as raw pairs to tamper with.</summary>
    public static List<(string Name, byte[]? Value)> TableHeaders(string institution, string table, string batchId, string format = "csv") =>
    [
        (WireHeaders.Institution, System.Text.Encoding.UTF8.GetBytes(institution)),
        (WireHeaders.Table, System.Text.Encoding.UTF8.GetBytes(table)),
        (WireHeaders.Format, System.Text.Encoding.UTF8.GetBytes(format)),
        (WireHeaders.Batch, System.Text.Encoding.UTF8.GetBytes(batchId)),
    ];

    /// <summary>A table batch as the consumer hands it to the settle step, without a broker (its contract's headers).</summary>
    public static ReceivedRecord TableRecord(string topic, long offset, string institution, string table, string batchId, byte[] payload, DateTimeOffset uploadedAt) =>
        new(topic, 0, offset, null, payload, TableHeaders(institution, table, batchId).Select(h => new RecordHeader(h.Name, h.Value)).ToList(),
            uploadedAt.ToUnixTimeMilliseconds(), true);

    public void CreateTopic(string topic, int partitions) => _cluster.CreateTopic(topic, partitions);

    /// <summary>The broker unreachable (connections closed, new ones refused) or back; what it stored stays.</summary>
    public void SetReachable(bool reachable) => _cluster.SetBrokerReachable(1, reachable);

    public Task<DeliveryResult<string?, byte[]>> SendTableAsync(string institution, string table, string batchId, byte[] payload,
        DateTimeOffset uploadedAt, string format = "csv", string? charset = null, bool omitBatch = false)
    {
        var message = new Message<string?, byte[]> { Key = institution, Value = payload, Headers = [], Timestamp = new Timestamp(uploadedAt) };
        WireHeaders.Set(message.Headers, WireHeaders.Institution, institution);
        WireHeaders.Set(message.Headers, WireHeaders.Table, table);
        WireHeaders.Set(message.Headers, WireHeaders.Format, format);
        if (!omitBatch) WireHeaders.Set(message.Headers, WireHeaders.Batch, batchId);
        if (charset is not null) WireHeaders.Set(message.Headers, WireHeaders.Charset, charset);
        return Producer.ProduceAsync(Options.TablesTopic, message);
    }

    /// <summary>Sends one CDA document on the CDA topic as a hospital does (key and hx-institution = its code).</summary>
    public async Task SendCdaAsync(string institution, byte[] document, DateTimeOffset uploadedAt)
    {
        var message = new Message<string?, byte[]> { Key = institution, Value = document, Headers = [], Timestamp = new Timestamp(uploadedAt) };
        WireHeaders.Set(message.Headers, WireHeaders.Institution, institution);
        await Producer.ProduceAsync(Options.CdaTopic, message);
    }

    /// <summary><see cref="SendTableAsync"/> for test projects that do not reference the Kafka client themselves.</summary>
    public async Task SendCsvBatchAsync(string institution, string table, string batchId, byte[] payload, DateTimeOffset uploadedAt) =>
        await SendTableAsync(institution, table, batchId, payload, uploadedAt);

    /// <summary>Reads a topic from the beginning until <paramref name="count"/> records arrived or the timeout passed.</summary>
    public List<ConsumeResult<string?, byte[]>> ReadAll(string topic, int count, TimeSpan timeout)
    {
        using var consumer = new ConsumerBuilder<string?, byte[]>(new ConsumerConfig
        {
            BootstrapServers = Options.BootstrapServers,
            GroupId = "reader-" + Guid.NewGuid().ToString("N"),
            AutoOffsetReset = AutoOffsetReset.Earliest,
            EnableAutoCommit = false,
            SessionTimeoutMs = 6000,
        }).Build();
        consumer.Subscribe(topic);
        var records = new List<ConsumeResult<string?, byte[]>>();
        var deadline = DateTime.UtcNow + timeout;
        while (records.Count < count && DateTime.UtcNow < deadline)
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { IsPartitionEOF: false } record) records.Add(record);
        consumer.Close();
        return records;
    }

    public void Dispose()
    {
        Producer.Flush(TimeSpan.FromSeconds(5));
        Producer.Dispose();
        if (_rawProducer.IsValueCreated) _rawProducer.Value.Dispose();
        _cluster.Dispose();
    }
}
