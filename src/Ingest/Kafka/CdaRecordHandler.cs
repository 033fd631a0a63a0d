using Confluent.Kafka;
using HealthExchange.Ingest.Cda;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Processing;
using HealthExchange.Validation.Issues;
using Microsoft.Extensions.Logging;

namespace HealthExchange.Ingest.Kafka;

/// <summary>
/// Handles one hx.cda record to the end: stored and answered with a receipt (status loaded or duplicate; a
/// rejected document is "loaded" with quarantined 1), or dead-lettered when it cannot be attributed.
/// </summary>
public sealed class CdaRecordHandler(string topic, CdaDocumentProcessor documents, FeedbackPublisher feedback, ILogger logger)
{
    public bool Handles(ConsumeResult<string?, byte[]> record) => record.Topic == topic;

    public async Task<BatchResult> HandleAsync(ConsumeResult<string?, byte[]> record, CancellationToken cancellationToken)
    {
        var (envelope, problem, identity) = CdaEnvelopeReader.Read(record);
        var result = envelope is null
            ? await documents.DeadLetterAsync(identity, problem!, cancellationToken)
            : await documents.ProcessAsync(envelope, identity, record.Message.Value ?? [], cancellationToken);
        switch (result.Status)
        {
            case BatchStatus.DeadLetter:
                var issue = result.DeadLetterIssue!;
                await feedback.DeadLetterAsync(record, issue.Code, issue.MessageEn, cancellationToken);
                CdaLog.DeadLettered(logger, record.Topic, record.Partition.Value, record.Offset.Value, identity.Institution, issue.Code, issue.MessageEn);
                break;
            case BatchStatus.Duplicate:
                CdaLog.Duplicate(logger, result.Batch.Institution, result.DocumentId!);
                break;
            default:
                var outcome = result.Outcome!;
                CdaLog.Stored(logger, result.Batch.Institution, result.DocumentId!, result.Table,
                    outcome.Accepted == 1 ? "loaded" : "rejected", outcome.RowsExtracted ?? 0, outcome.Inserted, outcome.Updated, outcome.Warnings);
                break;
        }
        await feedback.ReceiptAsync(result, cancellationToken);
        return result;
    }

    /// <summary>For a record that fails for a reason no retry fixes: dead-letter it rather than block the partition.</summary>
    public async Task DeadLetterFailureAsync(ConsumeResult<string?, byte[]> record, Exception error, CancellationToken cancellationToken)
    {
        var (_, _, identity) = CdaEnvelopeReader.Read(record);
        var issue = new ValidationIssue(IssueCodes.ProcessingFailed, null, null, null, error.GetType().Name);
        var result = await documents.DeadLetterAsync(identity, issue, cancellationToken);
        await feedback.DeadLetterAsync(record, issue.Code, $"processing failed: {error.GetType().Name}", cancellationToken);
        await feedback.ReceiptAsync(result, cancellationToken);
    }
}
