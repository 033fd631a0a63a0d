using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Ingest.Envelope;

/// <summary>
/// Reads the envelope of a table record from its headers. Total: whatever the bytes, it returns an envelope or a
/// problem, never throws. Attribution comes first so that even a dead-lettered record is recorded against the
/// institution and batch it claims to be.
/// </summary>
public static class EnvelopeReader
{
    public static (TableEnvelope? Envelope, ValidationIssue? Problem, BatchIdentity Identity) Read(ReceivedRecord record, UploadTime clock)
    {
        var (identity, batchId, problem) = Attribution.Read(record, clock);
        if (problem is not null) return (null, problem, identity);

        var table = EnvelopeField.Read(record, WireHeaders.Table);
        var format = EnvelopeField.Read(record, WireHeaders.Format);
        var charset = EnvelopeField.Read(record, WireHeaders.Charset);
        var operation = EnvelopeField.Read(record, WireHeaders.Operation);
        var reason = EnvelopeField.Read(record, WireHeaders.Reason);
        if ((table.Problem ?? format.Problem ?? charset.Problem ?? operation.Problem ?? reason.Problem) is { } invalid)
            return (null, new ValidationIssue(IssueCodes.InvalidHeader, null, null, null, invalid), identity);

        var missing = new[] { (WireHeaders.Institution, identity.Institution), (WireHeaders.Table, table.Text), (WireHeaders.Format, format.Text), (WireHeaders.Batch, batchId) }
            .Where(pair => string.IsNullOrEmpty(pair.Item2)).Select(pair => pair.Item1).ToList();
        if (missing.Count > 0)
            return (null, new ValidationIssue(IssueCodes.MissingHeader, null, null, null, string.Join(", ", missing)), identity);
        if (!Attribution.ValidBatchId(batchId))
            return (null, new ValidationIssue(IssueCodes.BatchIdInvalid, null, WireHeaders.Batch, null), identity);
        if (!BatchFormats.TryParse(format.Text, out var batchFormat))
            return (null, new ValidationIssue(IssueCodes.UnsupportedFormat, null, WireHeaders.Format, Shorten(format.Text)), identity);
        if (!BatchFormats.TryGetEncoding(charset.Text, out var encoding))
            return (null, new ValidationIssue(IssueCodes.UnsupportedCharset, null, WireHeaders.Charset, Shorten(charset.Text)), identity);
        if (operation.Text is not (null or "" or "upsert" or "delete"))
            return (null, new ValidationIssue(IssueCodes.UnsupportedOperation, null, WireHeaders.Operation, Shorten(operation.Text)), identity);
        return (new TableEnvelope(identity, table.Text!, batchFormat, encoding) { Retraction = operation.Text == "delete", Reason = reason.Text }, null, identity);
    }

    /// <summary>Batch ids are 1–128 visible ASCII characters: they appear in receipts, logs and primary keys.</summary>
    public static bool ValidBatchId(string? batchId) => Attribution.ValidBatchId(batchId);

    private static string? Shorten(string? text) => text is { Length: > 40 } ? text[..40] : text;
}
