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
                if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                    && FitsPrecision(number, type.Precision, type.Scale)) { value = number; return true; }
                issue = IssueCodes.NotDecimal;
                return false;
            case ColumnKind.Date:
                if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) { value = date; return true; }
                issue = IssueCodes.BadDate;
                return false;
            case ColumnKind.DateTime:
                if (DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
                { value = DateTime.SpecifyKind(dateTime, DateTimeKind.Unspecified); return true; }
                issue = IssueCodes.BadDateTime;
                return false;
            case ColumnKind.Boolean:
                switch (text.ToLowerInvariant())
                {
                    case "true" or "1" or "t" or "y" or "是": value = true; return true;
                    case "false" or "0" or "f" or "n" or "否": value = false; return true;
                }
                issue = IssueCodes.BadBoolean;
                return false;
            default:
                issue = IssueCodes.UnreadableRow;
                return false;
        }
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
