using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Kafka;
using HealthExchange.Ingest.Processing;
using HealthExchange.Validation.Issues;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthExchange.Ingest.Settling;

/// <summary>
/// The retry decorator around a topic's processor, for the one transient failure that is not an outage: PostgreSQL
/// aborting a transaction because it conflicted with another worker's (deadlock 40P01, serialization failure 40001) —
/// e.g. two loads moving the same days' roll-ups in different orders. The aborted transaction left nothing behind, so
/// the record is simply tried again at once, a few times with a short random pause so the two do not meet again.
/// Anything else transient (PostgreSQL or Kafka unreachable), and a conflict that persists, passes through to the
/// consumer, which pauses the partitions and waits it out (OutagePatience) — so a routine conflict never reads as an outage.
/// </summary>
internal sealed class ConflictRetry(IRecordProcessor inner, ILogger logger, int attempts = 4) : IRecordProcessor
{
    public DeadLetteredBatch PlatformFailure(ReceivedRecord record, ValidationIssue issue) => inner.PlatformFailure(record, issue);

    public async Task<BatchResult> ProcessAsync(ReceivedRecord record, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await inner.ProcessAsync(record, cancellationToken);
            }
            catch (PostgresException error) when (IsConflict(error) && attempt < attempts)
            {
                IngestLog.ConflictRetried(logger, error.SqlState, record.Topic, record.Partition, record.Offset, attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 50 * attempt)), cancellationToken);
            }
        }
    }

    public static bool IsConflict(PostgresException error) =>
        error.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure;
}
