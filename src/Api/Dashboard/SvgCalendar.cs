using System.Globalization;
using System.Text;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// Upload days as a calendar: one month grid per month of the period (weeks Monday to Sunday, as the platform's
/// weeks run), one cell per day of the period, filled when rows were uploaded that day and hollow when not — so a
/// silent weekday or a silent fortnight stands out at a glance. Inline SVG, no script.
/// </summary>
internal static class SvgCalendar
{
    private const int Cell = 16, Gap = 2, MonthWidth = 7 * (Cell + Gap) + 16, MonthHeight = 6 * (Cell + Gap) + 22, PerRow = 6;

    public static string Draw(DateOnly from, DateOnly to, IReadOnlySet<DateOnly> uploadDays, DashboardText text)
    {
        var months = new List<DateOnly>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month < to && months.Count < 36; month = month.AddMonths(1)) months.Add(month);
        if (months.Count == 0) return $"<p class=\"muted\">{Html.E(text["none"])}</p>";
        var width = Math.Min(months.Count, PerRow) * MonthWidth;
        var height = (months.Count + PerRow - 1) / PerRow * MonthHeight;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"calendar\" id=\"upload-calendar\" role=\"img\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" aria-label=\"{Html.E(text["uploadDays"])}\">");
        for (var m = 0; m < months.Count; m++)
        {
            var month = months[m];
            var x0 = m % PerRow * MonthWidth;
            var y0 = m / PerRow * MonthHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0}\" y=\"{y0 + 12}\" class=\"axis\">{month:yyyy-MM}</text>");
            var lead = ((int)month.DayOfWeek + 6) % 7;
            for (var day = month; day.Month == month.Month; day = day.AddDays(1))
            {
                if (day < from || day >= to) continue;
                var index = lead + day.Day - 1;
                var uploaded = uploadDays.Contains(day);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect class=\"{(uploaded ? "up" : "silent")}\" data-day=\"{day:yyyy-MM-dd}\" x=\"{x0 + index % 7 * (Cell + Gap)}\" y=\"{y0 + 18 + index / 7 * (Cell + Gap)}\" width=\"{Cell}\" height=\"{Cell}\">" +
                    $"<title>{day:yyyy-MM-dd} {Html.E(text[uploaded ? "uploadedDay" : "silentDay"])}</title></rect>");
            }
        }
        svg.Append("</svg>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<p class=\"legend\"><span class=\"key cal-up\"></span>{Html.E(text["uploadedDay"])} <span class=\"key cal-silent\"></span>{Html.E(text["silentDay"])} · {Html.E(text["uploadDays"])}: <strong id=\"upload-day-count\">{uploadDays.Count(day => day >= from && day < to)}</strong></p>");
        return svg.ToString();
    }
}
