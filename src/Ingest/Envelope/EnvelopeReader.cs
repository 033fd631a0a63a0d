using System.Globalization;
using Confluent.Kafka;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Ingest.Envelope;

/// <summary>
/// Reads the envelope of a table record from its headers. Attribution comes first so that even a record
/// that is dead-lettered is recorded against the institution and batch it claims to be.
/// </summary>
public static class EnvelopeReader
{
    public static (TableEnvelope? Envelope, ValidationIssue? Problem, BatchIdentity Identity) Read(ConsumeResult<string?, byte[]> record)
    {
        var headers = record.Message.Headers;
        var institution = WireHeaders.Get(headers, WireHeaders.Institution)?.Trim() ?? record.Message.Key?.Trim() ?? "";
        var batchId = WireHeaders.Get(headers, WireHeaders.Batch)?.Trim();
        var identity = new BatchIdentity(institution, ValidBatchId(batchId) ? batchId! : FallbackBatchId(record),
            record.Message.Timestamp.UtcDateTime, record.Topic, record.Partition.Value, record.Offset.Value);

        var table = WireHeaders.Get(headers, WireHeaders.Table)?.Trim();
        var formatText = WireHeaders.Get(headers, WireHeaders.Format);
        var missing = new[] { (WireHeaders.Institution, institution), (WireHeaders.Table, table), (WireHeaders.Format, formatText), (WireHeaders.Batch, batchId) }
            .Where(pair => string.IsNullOrEmpty(pair.Item2)).Select(pair => pair.Item1).ToList();
        if (missing.Count > 0)
            return (null, new ValidationIssue(IssueCodes.MissingHeader, null, null, null, string.Join(", ", missing)), identity);
        if (!ValidBatchId(batchId))
            return (null, new ValidationIssue(IssueCodes.BatchIdInvalid, null, WireHeaders.Batch, null), identity);
        if (!BatchFormats.TryParse(formatText, out var format))
            return (null, new ValidationIssue(IssueCodes.UnsupportedFormat, null, WireHeaders.Format, Shorten(formatText)), identity);
        var charset = WireHeaders.Get(headers, WireHeaders.Charset);
        if (!BatchFormats.TryGetEncoding(charset, out var encoding))
            return (null, new ValidationIssue(IssueCodes.UnsupportedCharset, null, WireHeaders.Charset, Shorten(charset)), identity);
        return (new TableEnvelope(identity, table!, format, encoding), null, identity);
    }

    /// <summary>Batch ids are 1–128 visible ASCII characters: they appear in receipts, logs and primary keys.</summary>
    public static bool ValidBatchId(string? batchId) =>
        batchId is { Length: > 0 and <= 128 } && batchId.All(c => c is > ' ' and < (char)127);

    /// <summary>A record with no usable batch id is still recorded once: its position in the log is unique.</summary>
    private static string FallbackBatchId(ConsumeResult<string?, byte[]> record) =>
        string.Create(CultureInfo.InvariantCulture, $"kafka:{record.Topic}:{record.Partition.Value}:{record.Offset.Value}");

    private static string? Shorten(string? text) => text is { Length: > 40 } ? text[..40] : text;
}
