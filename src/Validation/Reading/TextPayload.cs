using System.Text;
using System.Text.Unicode;

namespace HealthExchange.Validation.Reading;

/// <summary>
/// The charset rules of a text batch, one place for every format: decoding is strict; a UTF-8 byte-order mark is
/// skipped and means UTF-8 (also when gb18030 was declared, as senders' tools add it on their own), still strict.
/// </summary>
public static class TextPayload
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>Skips a UTF-8 BOM at the stream's position and returns the strict encoding to read the rest with.</summary>
    public static Encoding Begin(Stream stream, Encoding declared)
    {
        if (!stream.CanSeek) return declared;
        var start = stream.Position;
        Span<byte> head = stackalloc byte[3];
        var read = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        if (read == 3 && head.SequenceEqual(Utf8Bom)) return StrictUtf8;
        stream.Position = start;
        return declared;
    }

    /// <summary>The offset of the first byte that is not valid in the batch's charset (after a BOM, as read), or null.</summary>
    public static long? FirstInvalidByte(ReadOnlySpan<byte> payload, Encoding declared)
    {
        var bom = payload.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var text = payload[bom..];
        if (bom > 0 || declared is UTF8Encoding)
        {
            if (Utf8.IsValid(text)) return null;
            var offset = 0;
            while (offset < text.Length)
            {
                if (System.Text.Rune.DecodeFromUtf8(text[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done) return bom + offset;
                offset += consumed;
            }
            return null;
        }
        try
        {
            declared.GetCharCount(text);
            return null;
        }
        catch (DecoderFallbackException error)
        {
            return bom + Math.Max(0, error.Index);
        }
    }
}
