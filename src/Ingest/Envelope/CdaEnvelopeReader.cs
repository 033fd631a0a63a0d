using System.Globalization;
using Confluent.Kafka;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Ingest.Envelope;

/// <summary>
/// Reads a hx.cda record's envelope: the institution (hx-institution, else the key) is required, hx-batch is
/// optional but must be a valid batch id when given. A record without attribution is dead-lettered and
/// recorded under its Kafka position, like a table record.
/// </summary>
public static class CdaEnvelopeReader
{
    public static (CdaEnvelope? Envelope, ValidationIssue? Problem, BatchIdentity Identity) Read(ConsumeResult<string?, byte[]> record)
    {
        var headers = record.Message.Headers;
        var institution = WireHeaders.Get(headers, WireHeaders.Institution)?.Trim() ?? record.Message.Key?.Trim() ?? "";
        var batchId = WireHeaders.Get(headers, WireHeaders.Batch)?.Trim();
        var identity = new BatchIdentity(institution,
            string.Create(CultureInfo.InvariantCulture, $"kafka:{record.Topic}:{record.Partition.Value}:{record.Offset.Value}"),
            record.Message.Timestamp.UtcDateTime, record.Topic, record.Partition.Value, record.Offset.Value);
        if (institution.Length == 0)
            return (null, new ValidationIssue(IssueCodes.MissingHeader, null, null, null, WireHeaders.Institution), identity);
        if (batchId is not null && !EnvelopeReader.ValidBatchId(batchId))
            return (null, new ValidationIssue(IssueCodes.BatchIdInvalid, null, WireHeaders.Batch, null), identity);
        return (new CdaEnvelope(institution, batchId, identity.UploadedAt, record.Topic, record.Partition.Value, record.Offset.Value), null, identity);
    }
}
