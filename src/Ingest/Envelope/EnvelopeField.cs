using System.Text;

namespace HealthExchange.Ingest.Envelope;

/// <summary>
/// One envelope value (a header or the key) read strictly: absent stays null; anything present must be short, valid
/// UTF-8 and free of control characters, or it is a problem to dead-letter. Because this is the only way envelope bytes
/// become text, no NUL, no lone surrogate and no kilobyte-long code can reach a log line, a receipt or a SQL parameter.
/// </summary>
internal readonly record struct EnvelopeField(string? Text, string? Problem)
{
    /// <summary>Institution codes, table codes, formats, charsets and batch ids are all far shorter than this.</summary>
    public const int MaxBytes = 256;

    private static readonly UTF8Encoding Strict = new(false, throwOnInvalidBytes: true);

    public static EnvelopeField Absent => default;

    public bool IsPresent => Text is not null || Problem is not null;

    public static EnvelopeField Read(ReceivedRecord record, string header) =>
        record.TryGetHeader(header, out var value) ? FromBytes(header, value) : Absent;

    public static EnvelopeField FromBytes(string name, byte[]? value)
    {
        if (value is null) return new(null, $"{name}: null value");
        if (value.Length > MaxBytes) return new(null, $"{name}: {value.Length} bytes (at most {MaxBytes})");
        string text;
        try
        {
            text = Strict.GetString(value);
        }
        catch (DecoderFallbackException)
        {
            return new(null, $"{name}: not UTF-8");
        }
        foreach (var c in text)
            if (char.IsControl(c)) return new(null, $"{name}: control character U+{(int)c:X4}");
        text = text.Trim();
        return new(text, null);
    }
}
