using System.Globalization;
using System.Text;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Publishing;
using HealthExchange.Metrics.Reports;
using static HealthExchange.Api.Dashboard.Html;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// The home page: the month's two newsletter tables (districts, hospitals) from the very columns `hx report` prints,
/// each restated cell showing its published value, each conformance figure coloured against its threshold (<see cref="ThresholdFigures"/>).
/// </summary>
internal static class HomePage
{
    public sealed record Table(PlatformReport Report, IReadOnlyList<Restatement> Restatements, DateTimeOffset? PublishedAt);

    /// <param name="thresholds">Percent per figure of <see cref="ThresholdFigures"/>, as in force (or as overridden in the URL).</param>
    /// <param name="judgedDays">The period's days gone by (upload days are judged against these, not against days still to come).</param>
    /// <param name="operatorForm">Whether to offer the form that sets the stored thresholds (operator tokens only).</param>
    public static string Body(IReadOnlyList<Table> tables, string period, IReadOnlyDictionary<string, decimal> thresholds, int judgedDays, bool operatorForm,
        DashboardText text)
    {
        var html = new StringBuilder();
        var rate = thresholds["outpatientRealtimeRate"];
        html.Append(CultureInfo.InvariantCulture, $"""
            <form class="filters" method="get" action="/dashboard"><input type="hidden" name="lang" value="{text.Lang}">
            <label>{E(text["period"])} <input name="period" value="{E(period)}" size="22"></label>
            <label>{E(text["threshold"])} <input name="threshold" value="{rate:0.##}" size="5"></label>
            <button type="submit">{E(text["show"])}</button></form>
            """);
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\" id=\"thresholds\">{E(text["thresholds"])}: ");
        html.Append(string.Join(" · ", ThresholdFigures.All.Select(figure => string.Create(CultureInfo.InvariantCulture,
            $"<span data-figure=\"{figure.Key}\">{E(text.English ? figure.LabelEn : figure.LabelZh)} ≥ {thresholds[figure.Key]:0.##}%</span>"))));
        html.Append("</p>");
        if (operatorForm) AppendForm(html, period, thresholds, text);
        foreach (var table in tables) Append(html, table, thresholds, judgedDays, text);
        var cumulative = tables.Count == 0 ? 0 : tables.Max(table => table.Report.CumulativeRowsLoaded);
        html.Append(CultureInfo.InvariantCulture,
            $"<p class=\"total\" id=\"platform-cumulative\">{E(text["cumulative"])}: <strong>{N(cumulative)}</strong></p>");
        return html.ToString();
    }

    private static void AppendForm(StringBuilder html, string period, IReadOnlyDictionary<string, decimal> thresholds, DashboardText text)
    {
        html.Append(CultureInfo.InvariantCulture,
            $"<details class=\"thresholds\"><summary>{E(text["setThresholds"])}</summary><form method=\"post\" id=\"threshold-form\" action=\"/dashboard/thresholds?period={Uri.EscapeDataString(period)}&amp;lang={text.Lang}\">");
        foreach (var figure in ThresholdFigures.All)
            html.Append(CultureInfo.InvariantCulture, $"""
                <label>{E(text.English ? figure.LabelEn : figure.LabelZh)} (%) <input name="{figure.Key}" type="number" min="0" max="100" step="0.01" value="{thresholds[figure.Key]:0.##}" size="5">
                <span class="muted">{E(text["default"])} {figure.DefaultPercent:0.##}</span></label>
                """);
        html.Append(CultureInfo.InvariantCulture, $"<button type=\"submit\">{E(text["save"])}</button></form></details>");
    }

    private static void Append(StringBuilder html, Table table, IReadOnlyDictionary<string, decimal> thresholds, int judgedDays, DashboardText text)
    {
        var report = table.Report;
        var kind = report.Kind ?? "district";
        var restated = table.Restatements.ToDictionary(r => (r.Institution, r.Column), r => r.Published);
        html.Append(CultureInfo.InvariantCulture, $"<section id=\"report-{kind}\"><h2>{E(text[kind])} · {E(ReportTitle.Title(report, text.English))}</h2>");
        html.Append(table.PublishedAt is { } at
            ? $"<p class=\"muted\">{E(text["published"])}: {E(at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))} · <span class=\"restated-key\">■</span> {E(text["restated"])}</p>"
            : $"<p class=\"muted\">{E(text["notPublished"])}</p>");
        var columns = ReportColumn.For(kind);
        html.Append("<div class=\"scroll\"><table class=\"report\"><thead><tr>");
        foreach (var column in columns) html.Append(CultureInfo.InvariantCulture, $"<th>{E(column.Heading(text.English))}</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in report.Institutions)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr data-institution=\"{E(row.Code)}\">");
            foreach (var column in columns)
            {
                var cell = column.Text(row);
                var classes = new List<string>();
                if (column.Numeric) classes.Add("num");
                if (ThresholdFigures.ByKey.TryGetValue(column.Key, out var figure)) classes.Add(Grade(figure.Ratio(row, judgedDays), thresholds[figure.Key]));
                var shown = column.Key == "institution"
                    ? $"<a href=\"/dashboard/institutions/{Uri.EscapeDataString(row.Code)}?period={Uri.EscapeDataString(report.Period.Label)}&amp;lang={text.Lang}\">{E(cell)}</a>"
                    : E(cell);
                if (restated.TryGetValue((row.Code, column.Key), out var published))
                {
                    classes.Add("restated");
                    shown += $" <span class=\"was\">({E(published ?? "")})</span>";
                }
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"{string.Join(' ', classes)}\" data-column=\"{column.Key}\">{shown}</td>");
            }
            html.Append("</tr>");
        }
        html.Append("<tr class=\"sum\">");
        var total = ReportWriters.TotalRow(report, text.English);
        for (var i = 0; i < columns.Count; i++)
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"{(columns[i].Numeric ? "num" : "")}\" data-column=\"{columns[i].Key}\">{E(total[i])}</td>");
        html.Append("</tr></tbody></table></div>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(ReportTitle.Footnote(report, text.English))}</p></section>");
    }

    /// <summary>good at or above the threshold, bad below it, none when there is nothing to judge ("/").</summary>
    public static string Grade(decimal? rate, decimal thresholdPercent) =>
        rate is not { } value ? "na" : value * 100 >= thresholdPercent ? "good" : "bad";
}
