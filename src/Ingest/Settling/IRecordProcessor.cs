using HealthExchange.Ingest.Envelope;
using HealthExchange.Validation.Issues;
using HealthExchange.Ingest.Processing;

namespace HealthExchange.Ingest.Settling;

/// <summary>
/// What one topic's records become: loaded, a duplicate, or a dead letter to record. A processor only decides; the
/// settler records, answers and logs. Infrastructure failures stay exceptions for the settler to classify.
/// </summary>
public interface IRecordProcessor
{
    /// <summary>
    /// The dead letter of a record the platform failed on (HX1099), built from its total attribution (never throws).
    /// It is recorded under the record's position, not the sender's batch id: the id is not burnt, so the sender may
    /// simply send again, and an operator may replay the stored record once the cause is fixed.
    /// </summary>
    DeadLetteredBatch PlatformFailure(ReceivedRecord record, ValidationIssue issue);

    Task<BatchResult> ProcessAsync(ReceivedRecord record, CancellationToken cancellationToken);

    /// <summary>A hint that <paramref name="record"/> will be processed next but one: work without effects may start now.</summary>
    void ReadAhead(ReceivedRecord record)
    {
    }
}
