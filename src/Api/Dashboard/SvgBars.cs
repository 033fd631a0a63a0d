using System.Globalization;
using System.Text;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// Paired bars per day (uploaded, loaded) drawn on the server as inline SVG: no script and no chart library, so
/// the page works offline and prints as it shows.
/// </summary>
internal static class SvgBars
{
    public sealed record Day(DateOnly Date, long Uploaded, long Loaded);

    public static string Draw(IReadOnlyList<Day> days, DashboardText text)
    {
        const int width = 1200, height = 220, left = 50, bottom = 30, top = 10;
        if (days.Count == 0) return $"<p class=\"muted\">{Html.E(text["none"])}</p>";
        var max = Math.Max(1, days.Max(day => Math.Max(day.Uploaded, day.Loaded)));
        var slot = (double)(width - left) / days.Count;
        var bar = Math.Max(1, slot / 2 - 1);
        var plot = height - bottom - top;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"bars\" role=\"img\" viewBox=\"0 0 {width} {height}\" aria-label=\"{Html.E(text["daily"])}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top + 10}\" class=\"axis\">{Html.N(max)}</text><text x=\"0\" y=\"{height - bottom}\" class=\"axis\">0</text>");
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var x = left + i * slot;
            Bar(svg, x, bar, day.Uploaded, max, plot, top, "up", $"{day.Date:yyyy-MM-dd} {text["uploaded"]} {day.Uploaded}");
            Bar(svg, x + bar, bar, day.Loaded, max, plot, top, "in", $"{day.Date:yyyy-MM-dd} {text["loaded"]} {day.Loaded}");
            if (days.Count <= 31 || i % 7 == 0)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x:0.#}\" y=\"{height - 10}\" class=\"axis\">{day.Date:MM-dd}</text>");
        }
        svg.Append("</svg>");
        svg.Append(CultureInfo.InvariantCulture, $"<p class=\"legend\"><span class=\"key up\"></span>{Html.E(text["uploaded"])} <span class=\"key in\"></span>{Html.E(text["loaded"])}</p>");
        return svg.ToString();
    }

    private static void Bar(StringBuilder svg, double x, double width, long value, long max, int plot, int top, string css, string title)
    {
        var h = (double)value / max * plot;
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect class=\"{css}\" x=\"{x:0.##}\" y=\"{top + plot - h:0.##}\" width=\"{width:0.##}\" height=\"{h:0.##}\"><title>{Html.E(title)}</title></rect>");
    }
}
