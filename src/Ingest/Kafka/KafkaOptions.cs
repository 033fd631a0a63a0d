namespace HealthExchange.Ingest.Kafka;

/// <summary>Kafka settings (configuration section "Kafka"); topic names default to the wire contract's.</summary>
public sealed class KafkaOptions
{
    public string BootstrapServers { get; set; } = "127.0.0.1:9092";
    public string GroupId { get; set; } = "hx-ingest";
    public string TablesTopic { get; set; } = "hx.tables";
    public string CdaTopic { get; set; } = "hx.cda";
    public string ReceiptsTopic { get; set; } = "hx.receipts";
    public string DeadLetterTopic { get; set; } = "hx.dlq";

    /// <summary>A restart waits session.timeout.ms before the group rebalances; 6 s keeps that short.</summary>
    public int SessionTimeoutMs { get; set; } = 6000;

    /// <summary>The first and the longest wait between retries of a record during a transient failure (it is never skipped).</summary>
    public int MinRetryDelayMs { get; set; } = 200;
    public int MaxRetryDelayMs { get; set; } = 30_000;

    /// <summary>librdkafka's max.poll.interval.ms: the consumer keeps polling (paused) during an outage, so it is never exceeded.</summary>
    public int MaxPollIntervalMs { get; set; } = 300_000;

    /// <summary>
    /// Group commit: while table batches wait in the consumer's queue, up to this many are loaded in one transaction and
    /// answered after its commit (<see cref="Settling.GroupCommit"/>); a lone batch is committed at once. 1 turns it off.
    /// </summary>
    public int GroupCommitBatches { get; set; } = 16;

    /// <summary>
    /// Future records are believed up to this far ahead of the platform's clock (HX1012 beyond): senders' clocks drift,
    /// forged timestamps should not create partitions and upload days that never were.
    /// </summary>
    public int UploadTimeSkewMinutes { get; set; } = 60;

    /// <summary>
    /// Kafka:Client — librdkafka properties applied to every client the platform creates (consumer, producers, admin,
    /// `hx push`): security.protocol, sasl.mechanism, sasl.username, sasl.password, ssl.ca.location, … (docs/security.md).
    /// </summary>
    public Dictionary<string, string> Client { get; init; } = new(StringComparer.Ordinal);

    public void ApplyClientSettings(Confluent.Kafka.ClientConfig config)
    {
        foreach (var (name, value) in Client) config.Set(name, value);
    }
}
