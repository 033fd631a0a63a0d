namespace HealthExchange.Validation.Reading;

/// <summary>
/// Buffer sizes for the readers: 64 K characters for a batch, less for a short text. A quarantined line read
/// again by `hx reprocess` would otherwise allocate 64 K-character buffers on the large-object heap per line.
/// </summary>
internal static class ReaderBuffers
{
    public const int Default = 64 * 1024;

    public static int SizeFor(Stream stream) =>
        stream.CanSeek ? (int)Math.Clamp(stream.Length - stream.Position, 256, Default) : Default;
}
