using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HealthExchange.Ingest.Envelope;

/// <summary>
/// The signed envelope (docs/security.md): <c>hx-signature: v1;key=KEYID;sig=BASE64</c>, an ECDSA P-256 / SHA-256
/// signature over one line per fact — "hx-signature-v1", institution, table (or "cda"), batch id (or empty), the Kafka
/// timestamp in milliseconds, and the lower-case hex SHA-256 of the value — joined by "\n". Covering the batch id and
/// the timestamp means a signature copied onto another batch or another time does not verify. Signatures are accepted
/// as DER (what openssl and most libraries write) or as the 64-byte r‖s form.
/// </summary>
public static class EnvelopeSignature
{
    public const string Header = "hx-signature";
    private const string Version = "v1";

    public static byte[] SignedBytes(string institution, string subject, string? batchId, long timestampMs, ReadOnlySpan<byte> value) =>
        Encoding.UTF8.GetBytes(string.Join('\n', "hx-signature-v1", institution, subject, batchId ?? "",
            timestampMs.ToString(CultureInfo.InvariantCulture), Convert.ToHexStringLower(SHA256.HashData(value))));

    /// <summary>The key id of a public key: the first 16 hex digits of SHA-256 over its SubjectPublicKeyInfo.</summary>
    public static string KeyId(ReadOnlySpan<byte> subjectPublicKeyInfo) => Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..16];

    public static string Sign(ECDsa privateKey, string institution, string subject, string? batchId, long timestampMs, ReadOnlySpan<byte> value)
    {
        var keyId = KeyId(privateKey.ExportSubjectPublicKeyInfo());
        var signature = privateKey.SignData(SignedBytes(institution, subject, batchId, timestampMs, value), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence);
        return $"{Version};key={keyId};sig={Convert.ToBase64String(signature)}";
    }

    /// <summary>Splits a header value into key id and signature bytes; false when it is not a v1 signature at all.</summary>
    public static bool TryParse(string header, out string keyId, out byte[] signature)
    {
        keyId = "";
        signature = [];
        var parts = header.Split(';', StringSplitOptions.TrimEntries);
        if (parts.Length != 3 || parts[0] != Version || !parts[1].StartsWith("key=", StringComparison.Ordinal) || !parts[2].StartsWith("sig=", StringComparison.Ordinal))
            return false;
        keyId = parts[1]["key=".Length..];
        try
        {
            signature = Convert.FromBase64String(parts[2]["sig=".Length..]);
        }
        catch (FormatException)
        {
            return false;
        }
        return keyId.Length > 0 && signature.Length > 0;
    }

    public static bool Verify(ReadOnlySpan<byte> subjectPublicKeyInfo, byte[] signedBytes, byte[] signature)
    {
        using var key = ECDsa.Create();
        try
        {
            key.ImportSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
            var format = signature.Length == 64 ? DSASignatureFormat.IeeeP1363FixedFieldConcatenation : DSASignatureFormat.Rfc3279DerSequence;
            return key.VerifyData(signedBytes, signature, HashAlgorithmName.SHA256, format);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
