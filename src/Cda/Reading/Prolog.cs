namespace HealthExchange.Cda.Reading;

/// <summary>
/// Finds a DOCTYPE in the prolog before any parsing. The reader prohibits DTDs anyway; looking first lets the
/// refusal carry its own code (HX4004) instead of being told apart from other XML errors by message text.
/// </summary>
internal static class Prolog
{
    /// <summary>The character offset of a DOCTYPE before the root element, or -1.</summary>
    public static int DoctypeOffset(string text)
    {
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (At(text, i, "<?")) i = Skip(text, i, "?>");
            else if (At(text, i, "<!--")) i = Skip(text, i, "-->");
            else if (At(text, i, "<!DOCTYPE") || At(text, i, "<!doctype")) return i;
            else return -1;
        }
        return -1;
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static int Skip(string text, int index, string end)
    {
        var found = text.IndexOf(end, index + 2, StringComparison.Ordinal);
        return found < 0 ? text.Length : found + end.Length;
    }

    public static (int Line, int Column) Position(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
            if (text[i] == '\n') { line++; lineStart = i + 1; }
        return (line, offset - lineStart + 1);
    }
}
