using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Ingest.Envelope;

/// <summary>
/// Reads a hx.cda record's envelope: the institution (hx-institution, else the key) is required, hx-batch is
/// optional but must be a valid batch id when given. Total, like the table envelope: a record without usable
/// attribution is dead-lettered and recorded under its Kafka position.
/// </summary>
internal static class CdaEnvelopeReader
{
    public static (CdaEnvelope? Envelope, ValidationIssue? Problem, BatchIdentity Identity) Read(ReceivedRecord record, UploadTime clock)
    {
        var (attributed, batchId, problem) = Attribution.Read(record, clock);
        // A document is keyed by its own id once read; until then its position in the log identifies the record.
        var identity = attributed with { BatchId = record.Position };
        if (problem is not null) return (null, problem, identity);
        if (identity.Institution.Length == 0)
            return (null, new ValidationIssue(IssueCodes.MissingHeader, null, null, null, WireHeaders.Institution), identity);
        if (batchId is not null && !Attribution.ValidBatchId(batchId))
            return (null, new ValidationIssue(IssueCodes.BatchIdInvalid, null, WireHeaders.Batch, null), identity);
        return (new CdaEnvelope(identity.Institution, batchId, identity.UploadedAt, record.Topic, record.Partition, record.Offset), null, identity);
    }
}
