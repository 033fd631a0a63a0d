using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Cda.Extraction;

/// <summary>
/// Brings a CDA value into the text form the catalogue's row checks read. HL7 timestamps (yyyyMMdd[HH[mm[ss]]]
/// with an optional fraction and zone) become yyyyMMddHHmmss wall-clock times, the zone dropped as the
/// catalogue's times are local; everything else is passed on as written, so the row checks judge it.
/// </summary>
internal static class ValueShaper
{
    public static string? Shape(string? value, ColumnType type)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (!type.IsTemporal || !IsHl7Timestamp(text)) return text;
        var digits = StripZoneAndFraction(text);
        return type.Kind == ColumnKind.Date ? digits[..8] : digits.PadRight(14, '0');
    }

    private static bool IsHl7Timestamp(string text)
    {
        var digits = StripZoneAndFraction(text);
        return digits.Length is 8 or 10 or 12 or 14 && digits.All(char.IsAsciiDigit);
    }

    private static string StripZoneAndFraction(string text)
    {
        var zone = text.Length > 8 ? text.IndexOfAny(['+', '-'], 8) : -1;
        if (zone > 0) text = text[..zone];
        var fraction = text.IndexOf('.', StringComparison.Ordinal);
        return fraction > 0 ? text[..fraction] : text;
    }
}
