using HealthExchange.Ingest.DeadLetters;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Kafka;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.Validation.Issues;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthExchange.Ingest.Settling;

/// <summary>
/// The one settle step of every received record, whatever its topic: its processor decides (loaded, duplicate or dead
/// letter); here a dead letter is recorded (ledger row and the whole record, one transaction) and copied to hx.dlq, the
/// receipt is published, and the outcome is logged. A failure no retry fixes becomes a dead letter HX1099 built from
/// the record's total attribution, never from a second parse of what just failed; transient failures propagate so the
/// consumer can wait them out without skipping the record. Returns only once the record is settled.
/// </summary>
/// <param name="otherTopics">Records of a topic with no processor of its own (a dead letter replayed after a topic was
/// renamed) are answered as this one answers them.</param>
public sealed class RecordSettler(IReadOnlyDictionary<string, IRecordProcessor> processors, IRecordProcessor otherTopics,
    DeadLetterStore deadLetters, FeedbackPublisher feedback, ILogger logger)
{
    public async Task<BatchResult> SettleAsync(ReceivedRecord record, CancellationToken cancellationToken)
    {
        var processor = processors.GetValueOrDefault(record.Topic, otherTopics);
        BatchResult result;
        try
        {
            result = await processor.ProcessAsync(record, cancellationToken);
        }
        catch (Exception error) when (!Transience.IsTransient(error) && error is not OperationCanceledException)
        {
            // Only the exception's type and SQLSTATE are logged: a database message can quote row values.
            IngestLog.ProcessingFailed(logger, Describe(error), record.Topic, record.Partition, record.Offset);
            result = processor.PlatformFailure(record, new ValidationIssue(IssueCodes.ProcessingFailed, null, null, null, Describe(error)));
        }

        if (result.Status == BatchStatus.DeadLetter)
        {
            var issue = result.DeadLetterIssue!;
            var id = await StoreAsync(record, result, issue, cancellationToken);
            await feedback.DeadLetterAsync(record, issue.Code, issue.MessageEn, id, cancellationToken);
            IngestLog.DeadLettered(logger, record.Topic, record.Partition, record.Offset, result.Batch.Institution, result.Batch.BatchId, issue.Code, issue.MessageEn);
        }
        else Log(result);
        await feedback.ReceiptAsync(result, cancellationToken);
        return result;
    }

    private async Task<long> StoreAsync(ReceivedRecord record, BatchResult result, ValidationIssue issue, CancellationToken cancellationToken)
    {
        var entry = new DeadLetterEntry(result.Batch, result.Table, result.Format, issue.Code, result.RowsReceived, result.SourceKind);
        try
        {
            return await deadLetters.RecordAsync(record, entry, issue.MessageEn, cancellationToken);
        }
        catch (PostgresException error) when (!error.IsTransient)
        {
            // Every text here was read strictly, so this should not happen; if it does, the record is still kept,
            // under its position alone, rather than stopping its partition.
            IngestLog.ProcessingFailed(logger, Describe(error), record.Topic, record.Partition, record.Offset);
            var bare = entry with { Batch = new BatchIdentity("", record.Position, result.Batch.UploadedAt, record.Topic, record.Partition, record.Offset), Table = null, Format = null };
            return await deadLetters.RecordAsync(record with { Headers = [] }, bare, issue.Code, cancellationToken);
        }
    }

    private void Log(BatchResult result)
    {
        var outcome = result.Outcome!;
        if (result.DocumentId is not null)
        {
            if (result.Status == BatchStatus.Duplicate) CdaLog.Duplicate(logger, result.Batch.Institution, result.DocumentId);
            else CdaLog.Stored(logger, result.Batch.Institution, result.DocumentId, result.Table, outcome.Accepted == 1 ? "loaded" : "rejected",
                outcome.RowsExtracted ?? 0, outcome.Inserted, outcome.Updated, outcome.Warnings);
        }
        else if (result.Status == BatchStatus.Duplicate) IngestLog.Duplicate(logger, result.Batch.Institution, result.Batch.BatchId);
        else if (result.Retraction) IngestLog.Retracted(logger, result.Batch.Institution, result.Batch.BatchId, result.Table, outcome.Received, outcome.Retracted, outcome.NotRetracted);
        else IngestLog.Loaded(logger, result.Batch.Institution, result.Batch.BatchId, result.Table, outcome.Received, outcome.Inserted, outcome.Updated, outcome.Quarantined, outcome.Warnings);
    }

    private static string Describe(Exception error) => error is PostgresException postgres ? $"{error.GetType().Name} {postgres.SqlState}" : error.GetType().Name;
}
