using System.Globalization;

namespace HealthExchange.Validation.Tests.Reference;

/// <summary>
/// The platform's first value parsing, through the framework's general parsers only. The hand-written
/// fast paths must give the same verdict and the same value for every input.
/// </summary>
internal static class ReferenceValueParser
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd"];
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss", "yyyyMMddHHmmss", "yyyy-MM-dd HH:mm", "yyyy/MM/dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyyMMddHHmm", "yyyy-MM-dd",
    ];

    public static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static DateTime? DateTime(string text) =>
        System.DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? System.DateTime.SpecifyKind(value, DateTimeKind.Unspecified) : null;

    public static decimal? Decimal(string text, int precision, int scale)
    {
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return null;
        if (decimal.Round(number, scale) != number) return null;
        var limit = 1m;
        for (var i = 0; i < precision - scale && i < 28; i++) limit *= 10;
        return Math.Abs(decimal.Truncate(number)) < limit ? number : null;
    }

    public static bool? Boolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "1" or "t" or "y" or "是" => true,
        "false" or "0" or "f" or "n" or "否" => false,
        _ => null,
    };
}
