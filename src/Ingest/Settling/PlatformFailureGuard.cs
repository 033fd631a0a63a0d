using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Kafka;
using HealthExchange.Ingest.Processing;
using HealthExchange.Validation.Issues;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthExchange.Ingest.Settling;

/// <summary>
/// The dead-lettering decorator around a topic's processor: a failure no retry fixes becomes that processor's dead letter
/// HX1099, built from the record's total attribution, never from a second parse of what just failed; transient failures
/// (and cancellation) pass through, for the consumer to wait out without skipping the record.
/// </summary>
public sealed class PlatformFailureGuard(IRecordProcessor inner, ILogger logger) : IRecordProcessor
{
    public DeadLetteredBatch PlatformFailure(ReceivedRecord record, ValidationIssue issue) => inner.PlatformFailure(record, issue);

    public async Task<BatchResult> ProcessAsync(ReceivedRecord record, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.ProcessAsync(record, cancellationToken);
        }
        catch (Exception error) when (!Transience.IsTransient(error) && error is not OperationCanceledException)
        {
            // Only the exception's type and SQLSTATE are logged: a database message can quote row values.
            IngestLog.ProcessingFailed(logger, Describe(error), record.Topic, record.Partition, record.Offset);
            return inner.PlatformFailure(record, new ValidationIssue(IssueCodes.ProcessingFailed, null, null, null, Describe(error)));
        }
    }

    internal static string Describe(Exception error) => error is PostgresException postgres ? $"{error.GetType().Name} {postgres.SqlState}" : error.GetType().Name;
}
