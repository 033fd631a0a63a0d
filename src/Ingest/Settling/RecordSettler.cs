using HealthExchange.Ingest.DeadLetters;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Kafka;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthExchange.Ingest.Settling;

/// <summary>
/// The one settle step of every received record, whatever its topic: its processor decides (loaded, duplicate or dead
/// letter), wrapped in <see cref="ConflictRetry"/> (a conflict with another worker's transaction is tried again at once)
/// and <see cref="PlatformFailureGuard"/> (a failure no retry fixes is a dead letter too); here a
/// dead letter is recorded (ledger row and the whole record, one transaction) and copied to hx.dlq, the receipt is
/// sent, and the outcome is logged. Transient failures propagate so the consumer can wait them out without skipping
/// the record. The Kafka layer knows nothing of loading: it hands records here.
/// </summary>
/// <param name="otherTopics">Records of a topic with no processor of its own (a dead letter replayed after a topic was
/// renamed) are answered as this one answers them.</param>
public sealed class RecordSettler(IReadOnlyDictionary<string, IRecordProcessor> processors, IRecordProcessor otherTopics,
    DeadLetterStore deadLetters, FeedbackPublisher feedback, ILogger logger)
{
    /// <summary>
    /// Returns once the record is decided and everything about it is in PostgreSQL; its receipt (and hx.dlq copy) is then
    /// sent but not yet acknowledged, so that the consumer can load the next record during the broker's round trip.
    /// </summary>
    public async Task<(BatchResult Result, FeedbackDelivery Delivery)> SettleAsync(ReceivedRecord record, CancellationToken cancellationToken)
    {
        var result = await DecideAsync(record, cancellationToken);
        return (result, await AnswerAsync(record, result, cancellationToken));
    }

    /// <summary>
    /// What the record becomes, with everything but a dead letter's own record in PostgreSQL (in the
    /// <see cref="LoadGroup"/> if one is current, so not yet committed): nothing is answered yet.
    /// </summary>
    internal Task<BatchResult> DecideAsync(ReceivedRecord record, CancellationToken cancellationToken) =>
        new PlatformFailureGuard(new ConflictRetry(processors.GetValueOrDefault(record.Topic, otherTopics), logger), logger).ProcessAsync(record, cancellationToken);

    /// <summary>The record is next but one: its processor may read it ahead (<see cref="IRecordProcessor.ReadAhead"/>).</summary>
    internal void ReadAhead(ReceivedRecord record) => processors.GetValueOrDefault(record.Topic)?.ReadAhead(record);

    /// <summary>
    /// Once the record's load is committed: a dead letter is recorded (ledger row and the whole record, one
    /// transaction of its own), the outcome logged and the receipt (and hx.dlq copy) sent.
    /// </summary>
    internal async Task<FeedbackDelivery> AnswerAsync(ReceivedRecord record, BatchResult result, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case DeadLetteredBatch dead:
                var id = await StoreAsync(record, dead, cancellationToken);
                IngestLog.DeadLettered(logger, record.Topic, record.Partition, record.Offset, dead.Batch.Institution, dead.Batch.BatchId, dead.Issue.Code, dead.Issue.MessageEn);
                return feedback.Send(result, record, dead.Issue.Code, dead.Issue.MessageEn, id);
            case DuplicateBatch duplicate when duplicate.DocumentId is { } document:
                CdaLog.Duplicate(logger, duplicate.Batch.Institution, document);
                break;
            case DuplicateBatch duplicate:
                IngestLog.Duplicate(logger, duplicate.Batch.Institution, duplicate.Batch.BatchId);
                break;
            case LoadedBatch loaded:
                Log(loaded);
                break;
        }
        return feedback.Send(result);
    }

    /// <summary>Settles and waits until the answer is acknowledged (`hx dlq replay`, one record at a time).</summary>
    public async Task<BatchResult> SettleAndConfirmAsync(ReceivedRecord record, CancellationToken cancellationToken)
    {
        var (result, delivery) = await SettleAsync(record, cancellationToken);
        await delivery.Acknowledged.WaitAsync(cancellationToken);
        return result;
    }

    private async Task<long> StoreAsync(ReceivedRecord record, DeadLetteredBatch result, CancellationToken cancellationToken)
    {
        var issue = result.Issue;
        var entry = new DeadLetterEntry(result.Batch, result.Table, result.Format, issue.Code, result.RowsReceived, result.SourceKind);
        try
        {
            return await deadLetters.RecordAsync(record, entry, issue.MessageEn, cancellationToken);
        }
        catch (PostgresException error) when (!error.IsTransient)
        {
            // Every text here was read strictly, so this should not happen; if it does, the record is still kept,
            // under its position alone, rather than stopping its partition.
            IngestLog.ProcessingFailed(logger, PlatformFailureGuard.Describe(error), record.Topic, record.Partition, record.Offset);
            var bare = entry with { Batch = new BatchIdentity("", record.Position, result.Batch.UploadedAt, record.Topic, record.Partition, record.Offset), Table = null, Format = null };
            return await deadLetters.RecordAsync(record with { Headers = [] }, bare, issue.Code, cancellationToken);
        }
    }

    private void Log(LoadedBatch result)
    {
        var outcome = result.Outcome;
        if (result.DocumentId is not null)
            CdaLog.Stored(logger, result.Batch.Institution, result.DocumentId, result.Table, outcome.Accepted == 1 ? "loaded" : "rejected",
                outcome.RowsExtracted ?? 0, outcome.Inserted, outcome.Updated, outcome.Warnings);
        else if (result.Retraction) IngestLog.Retracted(logger, result.Batch.Institution, result.Batch.BatchId, result.Table, outcome.Received, outcome.Retracted, outcome.NotRetracted);
        else IngestLog.Loaded(logger, result.Batch.Institution, result.Batch.BatchId, result.Table, outcome.Received, outcome.Inserted, outcome.Updated, outcome.Quarantined, outcome.Warnings);
    }
}
