using System.Globalization;
using System.Text;
using HealthExchange.Metrics.Computation;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// The real-time rate of each form, one line per form over the days of the period, drawn on the server as inline SVG
/// like <see cref="SvgBars"/>. A day with no rate ("/") breaks the line rather than drawing it down to zero, so a
/// gap reads as "nothing to judge", not as "nothing arrived in time".
/// </summary>
internal static class SvgLines
{
    // Eleven distinguishable strokes: the hospital catalogue has eleven real-time forms.
    private static readonly string[] Strokes =
        ["#1f6feb", "#d1242f", "#1a7f37", "#9a6700", "#8250df", "#bf3989", "#0a7ea4", "#57606a", "#e16f24", "#4d2d00", "#6639ba"];

    public static string Draw(IReadOnlyList<MetricsQuery.FormRates> forms, decimal thresholdPercent, DashboardText text)
    {
        const int width = 1200, height = 220, left = 50, bottom = 30, top = 10;
        if (forms.Count == 0 || forms[0].Days.Count == 0) return $"<p class=\"muted\">{Html.E(text["none"])}</p>";
        var count = forms[0].Days.Count;
        var slot = (double)(width - left) / count;
        var plot = height - bottom - top;
        double X(int i) => left + (i + 0.5) * slot;
        double Y(decimal rate) => top + plot - (double)rate * plot;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"lines\" id=\"realtime-lines\" role=\"img\" viewBox=\"0 0 {width} {height}\" aria-label=\"{Html.E(text["realtimeLines"])}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{top + 10}\" class=\"axis\">100%</text><text x=\"0\" y=\"{height - bottom}\" class=\"axis\">0%</text>");
        var threshold = Y(Math.Clamp(thresholdPercent / 100, 0, 1));
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"threshold\" x1=\"{left}\" x2=\"{width}\" y1=\"{threshold:0.##}\" y2=\"{threshold:0.##}\"><title>{Html.E(text["threshold"])} {thresholdPercent:0.##}</title></line>");
        for (var i = 0; i < count; i++)
            if (count <= 31 || i % 7 == 0)
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(i) - 12:0.#}\" y=\"{height - 10}\" class=\"axis\">{forms[0].Days[i].Day:MM-dd}</text>");
        for (var f = 0; f < forms.Count; f++)
        {
            var form = forms[f];
            var stroke = Strokes[f % Strokes.Length];
            var path = new StringBuilder();
            var pen = false;
            for (var i = 0; i < form.Days.Count; i++)
            {
                if (form.Days[i].Rate is not { } rate) { pen = false; continue; }
                path.Append(CultureInfo.InvariantCulture, $"{(pen ? 'L' : 'M')}{X(i):0.##},{Y(rate):0.##} ");
                pen = true;
            }
            var name = text.English ? form.NameEn : form.NameZh;
            svg.Append(CultureInfo.InvariantCulture, $"<g data-form=\"{Html.E(form.Table)}\"><title>{Html.E(form.Table)} {Html.E(name)}</title>");
            if (path.Length > 0) svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path.ToString().TrimEnd()}\" stroke=\"{stroke}\"/>");
            // A dot per judged day (when the days are few enough to tell apart) carries its exact figure.
            if (count <= 62)
                for (var i = 0; i < form.Days.Count; i++)
                    if (form.Days[i].Rate is { } rate)
                        svg.Append(CultureInfo.InvariantCulture,
                            $"<circle cx=\"{X(i):0.##}\" cy=\"{Y(rate):0.##}\" r=\"2.5\" fill=\"{stroke}\" data-day=\"{form.Days[i].Day:yyyy-MM-dd}\" data-rate=\"{rate:0.####}\"><title>{form.Days[i].Day:yyyy-MM-dd} {Html.E(form.Table)} {rate * 100:0.##}%</title></circle>");
            svg.Append("</g>");
        }
        svg.Append("</svg><p class=\"legend\">");
        for (var f = 0; f < forms.Count; f++)
            svg.Append(CultureInfo.InvariantCulture,
                $"<span class=\"key\" style=\"background:{Strokes[f % Strokes.Length]}\"></span>{Html.E(forms[f].Table)} {Html.E(text.English ? forms[f].NameEn : forms[f].NameZh)} ");
        svg.Append("</p>");
        return svg.ToString();
    }
}
