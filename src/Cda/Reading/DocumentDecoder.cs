using System.Globalization;
using System.Text;
using System.Text.Unicode;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Cda.Reading;

/// <summary>
/// Turns a document's bytes into text in the encoding its XML declaration names (UTF-8 when none), strictly:
/// bytes that are invalid in that encoding, or a declaration that lies about them, reject the document
/// instead of loading mojibake. Only UTF-8 and the GB family (GB2312 and GBK are decoded as GB18030, their
/// superset) are accepted.
/// </summary>
internal static class DocumentDecoder
{
    static DocumentDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public static DecodedDocument Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.Length >= 2 && ((span[0] == 0xFF && span[1] == 0xFE) || (span[0] == 0xFE && span[1] == 0xFF)))
            return DecodedDocument.Failed(Issue(IssueCodes.CdaEncodingUnsupported, "UTF-16 byte order mark"), "utf-16");
        var hasBom = span.StartsWith(Utf8Bom);
        var body = hasBom ? span[3..] : span;
        var declared = XmlDeclaration.Encoding(body);
        var name = declared?.Trim().ToLowerInvariant() ?? "utf-8";

        Encoding encoding;
        switch (name)
        {
            case "utf-8" or "utf8":
                encoding = new UTF8Encoding(false, throwOnInvalidBytes: true);
                break;
            case "gb18030" or "gbk" or "gb2312" or "cp936" or "x-gbk" or "gb_2312-80":
                if (hasBom) return DecodedDocument.Failed(Issue(IssueCodes.CdaEncodingMismatch, $"declared {declared} but the document starts with a UTF-8 byte order mark"), name);
                // GB text that is also valid UTF-8 with multi-byte sequences is vanishingly rare; UTF-8 mislabelled as GB is common.
                if (!System.Text.Ascii.IsValid(body) && Utf8.IsValid(body))
                    return DecodedDocument.Failed(Issue(IssueCodes.CdaEncodingMismatch, $"declared {declared} but the bytes are UTF-8"), name);
                encoding = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
                break;
            default:
                return DecodedDocument.Failed(Issue(IssueCodes.CdaEncodingUnsupported, Shorten(declared ?? name)), name);
        }

        try
        {
            return new DecodedDocument(encoding.GetString(body), null, name);
        }
        catch (DecoderFallbackException error)
        {
            var offset = Math.Max(0, error.Index) + (hasBom ? 3 : 0);
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            var hint = encoding is UTF8Encoding && LooksLikeGb18030(body) ? "; the bytes look like GB18030" : "";
            return DecodedDocument.Failed(new ValidationIssue(IssueCodes.CdaEncodingMismatch, line, null, null,
                string.Create(CultureInfo.InvariantCulture, $"byte {offset} (line {line}) is not valid {name}{hint}")), name);
        }
    }

    private static bool LooksLikeGb18030(ReadOnlySpan<byte> body)
    {
        try
        {
            Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetCharCount(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static ValidationIssue Issue(IssueDefinition definition, string detail) => new(definition, null, null, null, detail);

    private static string Shorten(string text) => text.Length > 40 ? text[..40] : text;
}
