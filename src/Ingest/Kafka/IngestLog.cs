using Microsoft.Extensions.Logging;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// Every log event of the ingest path, defined once with a stable event id. Values are codes, counts and
/// ids only: row content (names, national IDs) never reaches a log.
/// </summary>
internal static partial class IngestLog
{
    [LoggerMessage(1001, LogLevel.Information, "Consuming {Topics} from {Bootstrap} as group {Group}")]
    public static partial void Started(ILogger logger, string topics, string bootstrap, string group);

    [LoggerMessage(1002, LogLevel.Information, "Batch {Institution}/{BatchId} table {Table}: received {Received}, inserted {Inserted}, updated {Updated}, quarantined {Quarantined}, warnings {Warnings}")]
    public static partial void Loaded(ILogger logger, string institution, string batchId, string? table, int received, int inserted, int updated, int quarantined, int warnings);

    [LoggerMessage(1014, LogLevel.Information, "Retraction {Institution}/{BatchId} table {Table}: {Rows} row(s), {Retracted} record(s) retracted, {NotRetracted} found nothing older")]
    public static partial void Retracted(ILogger logger, string institution, string batchId, string? table, int rows, int retracted, int notRetracted);

    [LoggerMessage(1003, LogLevel.Information, "Batch {Institution}/{BatchId} was already loaded: redelivery ignored")]
    public static partial void Duplicate(ILogger logger, string institution, string batchId);

    [LoggerMessage(1004, LogLevel.Warning, "Record {Topic}/{Partition}@{Offset} ({Institution}/{BatchId}) dead-lettered: {Code} {Reason}")]
    public static partial void DeadLettered(ILogger logger, string topic, int partition, long offset, string institution, string batchId, string code, string reason);

    [LoggerMessage(1005, LogLevel.Error, "Offset gap on {Topic}/{Partition}: expected {Expected}, got {Seen} — {Missing} record(s) never seen (broker retention or data loss)")]
    public static partial void OffsetGap(ILogger logger, string topic, int partition, long expected, long seen, long missing);

    [LoggerMessage(1006, LogLevel.Warning, "Transient failure ({Error}) on {Topic}/{Partition}@{Offset}: partitions paused, retrying from {DelayMs} ms with back-off")]
    public static partial void Retrying(ILogger logger, string error, string topic, int partition, long offset, int delayMs);

    [LoggerMessage(1015, LogLevel.Information, "Conflict with another transaction ({SqlState}) on {Topic}/{Partition}@{Offset}: nothing was kept, trying again (attempt {Attempt})")]
    public static partial void ConflictRetried(ILogger logger, string sqlState, string topic, int partition, long offset, int attempt);

    [LoggerMessage(1012, LogLevel.Warning, "Still waiting after {Seconds} s on {Topic}/{Partition}@{Offset}: PostgreSQL or Kafka unreachable; nothing is skipped")]
    public static partial void OutageContinues(ILogger logger, long seconds, string topic, int partition, long offset);

    [LoggerMessage(1013, LogLevel.Information, "Recovered after {Seconds} s on {Topic}/{Partition}@{Offset}: partitions resumed")]
    public static partial void OutageOver(ILogger logger, long seconds, string topic, int partition, long offset);

    [LoggerMessage(1007, LogLevel.Error, "Record {Topic}/{Partition}@{Offset} failed with a non-transient error ({Error}) and was dead-lettered")]
    public static partial void ProcessingFailed(ILogger logger, string error, string topic, int partition, long offset);

    [LoggerMessage(1008, LogLevel.Warning, "Kafka consume error {Code}: {Reason}")]
    public static partial void ConsumeError(ILogger logger, string code, string reason);

    [LoggerMessage(1009, LogLevel.Critical, "Fatal Kafka error {Code}: {Reason}; the consumer stops")]
    public static partial void Fatal(ILogger logger, string code, string reason);

    [LoggerMessage(1011, LogLevel.Critical, "The consumer loop stopped on an unexpected error")]
    public static partial void Crashed(ILogger logger, Exception error);

    [LoggerMessage(1010, LogLevel.Information, "Consumer closed after {Records} record(s)")]
    public static partial void Stopped(ILogger logger, long records);
}
