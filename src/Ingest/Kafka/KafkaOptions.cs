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

    /// <summary>How long a transient database failure is retried before the host gives up and stops (so nothing is skipped).</summary>
    public int MaxRetryDelayMs { get; set; } = 30_000;
}
