using System.Security.Cryptography;
using System.Xml.Linq;
using HealthExchange.Cda.Model;
using HealthExchange.Cda.Reading;

namespace HealthExchange.Cda.Checking;

/// <summary>
/// The id a received document is stored and de-duplicated under: its own id when it has a usable one,
/// otherwise one derived from its bytes ("sha256:" + 32 hex digits), so even an unreadable document that is
/// delivered twice is stored and counted once. `hx push --cda` uses the same rule to find its receipts.
/// </summary>
public static class DocumentIdentity
{
    public const int MaxLength = 128;

    /// <summary>1–128 visible ASCII characters: the id becomes part of keys, receipts and log lines.</summary>
    public static bool Valid(string? id) => id is { Length: > 0 and <= MaxLength } && id.All(c => c is > ' ' and < (char)127);

    public static string FromBytes(ReadOnlySpan<byte> bytes) => FromSha256(Sha256(bytes));

    /// <summary>The derived id from the bytes' <see cref="Sha256"/> (its first 32 hex digits).</summary>
    internal static string FromSha256(string sha256) => "sha256:" + sha256[..32];

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    /// <summary>The document's own id (extension, or root alone as C-CDA uses it) when usable.</summary>
    public static string? FromDocument(XElement root)
    {
        var id = root.Child("id");
        if (Valid(id.Attr("extension"))) return id.Attr("extension");
        return id.Attr("extension") is null && Valid(id.Attr("root")) ? id.Attr("root") : null;
    }

    /// <summary>
    /// The id of the earlier document this one replaces (relatedDocument typeCode="RPLC", its parentDocument's id read by
    /// the same rule), or null: none, or a template's empty placeholder as WS/T 500 samples carry it.
    /// </summary>
    public static string? Replaced(XElement root)
    {
        var parent = root.Children("relatedDocument").FirstOrDefault(related => related.Attr("typeCode") == "RPLC").Child("parentDocument");
        return parent is null ? null : FromDocument(parent);
    }

    /// <summary>
    /// The id the platform will store a document under, found the way the platform finds it (no schema, no
    /// checks): senders use it to match their receipts.
    /// </summary>
    public static string Of(byte[] bytes, CdaOptions options)
    {
        if (bytes.Length > options.MaxDocumentBytes) return FromBytes(bytes);
        var decoded = DocumentDecoder.Decode(bytes);
        if (decoded.Text is null) return FromBytes(bytes);
        var parsed = SafeXmlLoader.Load(decoded.Text, options, null);
        return parsed.Document?.Root is { } root && parsed.Issues.Count == 0 ? FromDocument(root) ?? FromBytes(bytes) : FromBytes(bytes);
    }
}
