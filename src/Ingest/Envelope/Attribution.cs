using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Ingest.Envelope;

/// <summary>
/// Who a record claims to come from, which batch and when — read first and totally, so that even a record that is
/// dead-lettered is recorded against the institution and batch it claims (or, when the claim itself is unusable,
/// against its position in the log and the time the platform received it).
/// </summary>
internal static class Attribution
{
    public static (BatchIdentity Identity, string? BatchId, ValidationIssue? Problem) Read(ReceivedRecord record, UploadTime clock)
    {
        var institutionHeader = EnvelopeField.Read(record, WireHeaders.Institution);
        var institution = institutionHeader.IsPresent ? institutionHeader : EnvelopeField.FromBytes("key", record.Key);
        if (record.Key is null && !institutionHeader.IsPresent) institution = EnvelopeField.Absent;
        var batch = EnvelopeField.Read(record, WireHeaders.Batch);
        var batchId = ValidBatchId(batch.Text) ? batch.Text : null;
        var timely = clock.TryRead(record, out var uploadedAt);
        var identity = new BatchIdentity(institution.Text ?? "", batchId ?? record.Position, timely ? uploadedAt : clock.Now,
            record.Topic, record.Partition, record.Offset);

        ValidationIssue? problem = null;
        if ((institution.Problem ?? batch.Problem) is { } invalid)
            problem = new ValidationIssue(IssueCodes.InvalidHeader, null, null, null, invalid);
        else if (!timely)
            problem = new ValidationIssue(IssueCodes.ImplausibleUploadTime, null, null, null, record.HasTimestamp ? TimestampText(record.TimestampMs) : "no timestamp");
        return (identity, batch.Text, problem);
    }

    /// <summary>Batch ids are 1–128 visible ASCII characters: they appear in receipts, logs and primary keys.</summary>
    public static bool ValidBatchId(string? batchId) =>
        batchId is { Length: > 0 and <= 128 } && batchId.All(c => c is > ' ' and < (char)127);

    private static string TimestampText(long milliseconds) =>
        milliseconds >= DateTimeOffset.MinValue.ToUnixTimeMilliseconds() && milliseconds <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToString("u", System.Globalization.CultureInfo.InvariantCulture)
            : FormattableString.Invariant($"{milliseconds} ms since 1970");
}
