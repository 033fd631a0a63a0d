namespace HealthExchange.Validation.Checking;

/// <summary>
/// Hand-written parsers for the date and date-time shapes senders nearly always use (yyyy-MM-dd, yyyyMMdd,
/// yyyy/MM/dd, yyyy-MM-dd HH:mm:ss, yyyy-MM-ddTHH:mm:ss, yyyyMMddHHmmss). TryParseExact over a list of
/// formats costs far more than the rest of a row's checks; these accept exactly what it accepts for these
/// shapes, and anything else (or anything they refuse) still goes to TryParseExact.
/// </summary>
internal static class CommonDateShapes
{
    public static bool TryParseDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        date = default;
        int year, month, day;
        switch (text.Length)
        {
            case 10 when (text[4] == '-' && text[7] == '-') || (text[4] == '/' && text[7] == '/'):
                if (!Digits(text, 0, 4, out year) || !Digits(text, 5, 2, out month) || !Digits(text, 8, 2, out day)) return false;
                break;
            case 8:
                if (!Digits(text, 0, 4, out year) || !Digits(text, 4, 2, out month) || !Digits(text, 6, 2, out day)) return false;
                break;
            default:
                return false;
        }
        if (!IsDate(year, month, day)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    public static bool TryParseDateTime(ReadOnlySpan<char> text, out DateTime dateTime)
    {
        dateTime = default;
        int year, month, day, hour, minute, second;
        switch (text.Length)
        {
            case 19 when text[4] == '-' && text[7] == '-' && (text[10] is ' ' or 'T') && text[13] == ':' && text[16] == ':':
                if (!Digits(text, 0, 4, out year) || !Digits(text, 5, 2, out month) || !Digits(text, 8, 2, out day)
                    || !Digits(text, 11, 2, out hour) || !Digits(text, 14, 2, out minute) || !Digits(text, 17, 2, out second)) return false;
                break;
            case 14:
                if (!Digits(text, 0, 4, out year) || !Digits(text, 4, 2, out month) || !Digits(text, 6, 2, out day)
                    || !Digits(text, 8, 2, out hour) || !Digits(text, 10, 2, out minute) || !Digits(text, 12, 2, out second)) return false;
                break;
            default:
                return false;
        }
        if (!IsDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return false;
        dateTime = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified);
        return true;
    }

    private static bool IsDate(int year, int month, int day) =>
        year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    private static bool Digits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9) return false;
            value = (value * 10) + digit;
        }
        return true;
    }
}
