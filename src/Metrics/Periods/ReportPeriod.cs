using System.Globalization;

namespace HealthExchange.Metrics.Periods;

/// <summary>
/// A reporting period as calendar days in Asia/Shanghai, half-open: [From, To). Written as a year (2022),
/// a month (2022-04), a day (2022-04-15) or an inclusive range (2022-01-01..2022-03-31).
/// </summary>
public sealed record ReportPeriod(DateOnly From, DateOnly To, string Label)
{
    public static bool TryParse(string? text, out ReportPeriod period)
    {
        period = null!;
        text = text?.Trim();
        if (string.IsNullOrEmpty(text)) return false;
        var invariant = CultureInfo.InvariantCulture;
        if (text.Contains("..", StringComparison.Ordinal))
        {
            var parts = text.Split("..");
            if (parts.Length == 2
                && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", invariant, DateTimeStyles.None, out var first)
                && DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", invariant, DateTimeStyles.None, out var last)
                && last >= first)
            {
                period = new ReportPeriod(first, last.AddDays(1), text);
                return true;
            }
            return false;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, invariant, out var year) && year is >= 1900 and <= 9998)
        {
            period = new ReportPeriod(new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1), text);
            return true;
        }
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", invariant, DateTimeStyles.None, out var month) && text.Length == 7)
        {
            period = new ReportPeriod(month, month.AddMonths(1), text);
            return true;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", invariant, DateTimeStyles.None, out var day))
        {
            period = new ReportPeriod(day, day.AddDays(1), text);
            return true;
        }
        return false;
    }

    public int Days => To.DayNumber - From.DayNumber;
}
