using HealthExchange.Ingest.Registry;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Ingest.Envelope;

/// <summary>
/// Whether a record may speak for the institution it names: a signature, when present, must verify with one of that
/// institution's keys that is not revoked (two keys may be valid at once, for rotation); an institution whose policy
/// is "required" has unsigned records refused. A key registered to another institution is simply not one of its keys.
/// </summary>
public sealed class SignatureCheck(InstitutionKeys keys)
{
    public async Task<ValidationIssue?> CheckAsync(ReceivedRecord record, string institution, string subject, string? batchId, CancellationToken cancellationToken)
    {
        var header = EnvelopeField.Read(record, EnvelopeSignature.Header);
        var policy = await keys.PolicyAsync(institution, cancellationToken);
        if (!header.IsPresent)
            return policy.Required ? new ValidationIssue(IssueCodes.SignatureMissing, null, EnvelopeSignature.Header, null) : null;
        if (header.Text is null || !EnvelopeSignature.TryParse(header.Text, out var keyId, out var signature))
            return new ValidationIssue(IssueCodes.SignatureInvalid, null, EnvelopeSignature.Header, null, "not a v1 signature");
        if (!policy.Keys.TryGetValue(keyId, out var key))
            return new ValidationIssue(IssueCodes.SignatureUnknownKey, null, EnvelopeSignature.Header, keyId.Length > 32 ? keyId[..32] : keyId);
        if (key.Revoked)
            return new ValidationIssue(IssueCodes.SignatureKeyRevoked, null, EnvelopeSignature.Header, keyId);
        var signed = EnvelopeSignature.SignedBytes(institution, subject, batchId, record.TimestampMs, record.Value);
        return EnvelopeSignature.Verify(key.SubjectPublicKeyInfo, signed, signature)
            ? null
            : new ValidationIssue(IssueCodes.SignatureInvalid, null, EnvelopeSignature.Header, keyId, "does not verify over this record");
    }
}
