
namespace HealthExchange.Cda.Reading;

/// <summary>
/// Reads the encoding pseudo-attribute of an XML declaration from the raw bytes. The declaration is ASCII in
/// every encoding this platform accepts, so it can be read before the bytes are decoded.
/// </summary>
internal static class XmlDeclaration
{
    public static string? Encoding(ReadOnlySpan<byte> bytes)
    {
        if (!bytes.StartsWith("<?xml"u8)) return null;
        var end = bytes[..Math.Min(bytes.Length, 1024)].IndexOf("?>"u8);
        if (end < 0) return null;
        var declaration = System.Text.Encoding.ASCII.GetString(bytes[..end]);
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = declaration[(at + "encoding".Length)..].TrimStart();
        if (!rest.StartsWith('=')) return null;
        rest = rest[1..].TrimStart();
        if (rest.Length == 0 || rest[0] is not ('"' or '\'')) return null;
        var close = rest.IndexOf(rest[0], 1);
        return close < 0 ? null : rest[1..close];
    }
}
