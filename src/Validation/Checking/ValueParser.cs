using System.Globalization;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Validation.Checking;

/// <summary>Turns one text value into its catalogue type, or names the issue that prevents it.</summary>
internal static class ValueParser
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd"];
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyyMMddHHmmss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyyMMddHHmm", "yyyy-MM-dd",
    ];

    // Compared ignoring ASCII case only: exactly the words that ToLowerInvariant() turned into these.
    private static readonly string[] TrueWords = ["true", "1", "t", "y", "是"];
    private static readonly string[] FalseWords = ["false", "0", "f", "n", "否"];

    public static bool TryParse(ColumnDefinition column, string text, out object? value, out IssueDefinition? issue)
    {
        issue = null;
        value = null;
        var type = column.Type;
        switch (type.Kind)
        {
            case ColumnKind.String or ColumnKind.Code:
                if (text.Length > type.Length) { issue = IssueCodes.TooLong; return false; }
                if (column.ValueSet is { } set && !set.Contains(text)) { issue = IssueCodes.NotInValueSet; return false; }
                value = text;
                return true;
            case ColumnKind.Integer:
                if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer)) { value = integer; return true; }
                issue = IssueCodes.NotInteger;
                return false;
            case ColumnKind.Decimal:
                if (PlainDecimal.TryParse(text, type.Precision, type.Scale, out var plain, out var fits))
                {
                    if (fits) { value = plain; return true; }
                    issue = IssueCodes.NotDecimal;
                    return false;
                }
                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    && FitsPrecision(number, type.Precision, type.Scale)) { value = number; return true; }
                issue = IssueCodes.NotDecimal;
                return false;
            case ColumnKind.Date:
                if (CommonDateShapes.TryParseDate(text, out var date)
                    || DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) { value = date; return true; }
                issue = IssueCodes.BadDate;
                return false;
            case ColumnKind.DateTime:
                if (CommonDateShapes.TryParseDateTime(text, out var dateTime)
                    || DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out dateTime))
                { value = DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified); return true; }
                issue = IssueCodes.BadDateTime;
                return false;
            case ColumnKind.Boolean:
                if (IsAnyOf(text, TrueWords)) { value = true; return true; }
                if (IsAnyOf(text, FalseWords)) { value = false; return true; }
                issue = IssueCodes.BadBoolean;
                return false;
            default:
                issue = IssueCodes.UnreadableRow;
                return false;
        }
    }

    private static bool IsAnyOf(string text, string[] words)
    {
        foreach (var word in words)
            if (text == word || System.Text.Ascii.EqualsIgnoreCase(text, word)) return true;
        return false;
    }

    private static bool FitsPrecision(decimal number, int precision, int scale)
    {
        if (decimal.Round(number, scale) != number) return false;
        var integerDigits = precision - scale;
        return Math.Abs(decimal.Truncate(number)) < Pow10(integerDigits);
    }

    private static decimal Pow10(int digits)
    {
        var result = 1m;
        for (var i = 0; i < digits && i < 28; i++) result *= 10;
        return result;
    }
}
