namespace HealthExchange.Validation.Reading;

/// <summary>
/// Text PostgreSQL can store: no NUL (text and jsonb refuse U+0000) and no unpaired UTF-16 surrogate (not encodable as
/// UTF-8, which a JSON escape like "\uD800" can produce). A value with either rejects its row (HX2117); anything kept
/// for people to read — a quarantined line, a header, an issue — is cleaned instead, so that one bad byte can never fail
/// the statement that stores the rest.
/// </summary>
public static class StorableText
{
    private const char Replacement = '\uFFFD';

    /// <summary>The index of the first character PostgreSQL cannot store, or -1.</summary>
    public static int FirstUnstorable(ReadOnlySpan<char> text)
    {
        var nul = text.IndexOf('\0');
        var surrogate = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate >= 0 && (nul < 0 || surrogate < nul))
        {
            // Surrogates are rare (characters beyond the BMP); only then is the pairing walked.
            for (var i = surrogate; i < text.Length && (nul < 0 || i < nul); i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
                if (char.IsSurrogate(text[i])) return i;
            }
        }
        return nul;
    }

    /// <summary>The text with every unstorable character replaced by U+FFFD; the same instance when there is none.</summary>
    public static string? Clean(string? text)
    {
        if (text is null || FirstUnstorable(text) < 0) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (chars[i] == '\0' || char.IsSurrogate(chars[i])) chars[i] = Replacement;
        }
        return new string(chars);
    }
}
