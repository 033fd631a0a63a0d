using Confluent.Kafka;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.Validation.Issues;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// Handles one consumed record to the end: processed and answered with a receipt, or dead-lettered.
/// Returns only when the record is settled, so the caller may store its offset. Records of the CDA topic go to
/// <see cref="CdaRecordHandler"/>; everything else is a table batch.
/// </summary>
public sealed class RecordHandler(NpgsqlDataSource dataSource, TableBatchProcessor tables, FeedbackPublisher feedback, ILogger logger,
    CdaRecordHandler? documents = null)
{
    public async Task<BatchResult> HandleAsync(ConsumeResult<string?, byte[]> record, CancellationToken cancellationToken)
    {
        if (documents is not null && documents.Handles(record)) return await documents.HandleAsync(record, cancellationToken);
        var (envelope, problem, identity) = EnvelopeReader.Read(record);
        var result = envelope is null
            ? await RecordUnreadableAsync(record, identity, problem!, cancellationToken)
            : await tables.ProcessAsync(envelope, record.Message.Value ?? [], cancellationToken);

        switch (result.Status)
        {
            case BatchStatus.DeadLetter:
                var issue = result.DeadLetterIssue!;
                await feedback.DeadLetterAsync(record, issue.Code, issue.MessageEn, cancellationToken);
                IngestLog.DeadLettered(logger, record.Topic, record.Partition.Value, record.Offset.Value, identity.Institution, identity.BatchId, issue.Code, issue.MessageEn);
                break;
            case BatchStatus.Duplicate:
                IngestLog.Duplicate(logger, identity.Institution, identity.BatchId);
                break;
            default:
                var outcome = result.Outcome!;
                IngestLog.Loaded(logger, identity.Institution, identity.BatchId, result.Table, outcome.Received, outcome.Inserted, outcome.Updated, outcome.Quarantined, outcome.Warnings);
                break;
        }
        await feedback.ReceiptAsync(result, cancellationToken);
        return result;
    }

    /// <summary>For a record that fails for a reason no retry will fix: dead-letter it rather than block the partition.</summary>
    public async Task DeadLetterFailureAsync(ConsumeResult<string?, byte[]> record, Exception error, CancellationToken cancellationToken)
    {
        if (documents is not null && documents.Handles(record))
        {
            await documents.DeadLetterFailureAsync(record, error, cancellationToken);
            return;
        }
        var (_, _, identity) = EnvelopeReader.Read(record);
        var issue = new ValidationIssue(IssueCodes.ProcessingFailed, null, null, null, error.GetType().Name);
        var result = await RecordUnreadableAsync(record, identity, issue, cancellationToken);
        await feedback.DeadLetterAsync(record, issue.Code, $"processing failed: {error.GetType().Name}", cancellationToken);
        await feedback.ReceiptAsync(result, cancellationToken);
    }

    /// <summary>A record that goes to the dead-letter topic is still recorded as received and not loaded.</summary>
    private async Task<BatchResult> RecordUnreadableAsync(ConsumeResult<string?, byte[]> record, BatchIdentity identity, ValidationIssue issue, CancellationToken cancellationToken)
    {
        await BatchLedger.RecordDeadLetterAsync(dataSource, identity, WireHeaders.Get(record.Message.Headers, WireHeaders.Table),
            WireHeaders.Get(record.Message.Headers, WireHeaders.Format), issue.Code, TableBatchProcessor.EstimateRows(record.Message.Value ?? [], null), cancellationToken);
        return BatchResult.DeadLetter(identity, null, issue);
    }
}
