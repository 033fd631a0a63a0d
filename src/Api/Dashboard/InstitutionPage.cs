using System.Globalization;
using System.Text;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Reports;
using HealthExchange.Metrics.Summaries;
using HealthExchange.Validation.Catalogues;
using static HealthExchange.Api.Dashboard.Html;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// One institution over a period: daily bars, its real-time rates from the report, a line per real-time form, the
/// upload days as a calendar, and every table of its catalogue
/// that is required, declared or uploaded, so a missing table stands out.
/// </summary>
internal static class InstitutionPage
{
    /// <summary>The day-by-day figures of the period: real-time rate per form (lines) and upload days (calendar).</summary>
    public sealed record Daily(IReadOnlyList<MetricsQuery.FormRates> Rates, IReadOnlySet<DateOnly> UploadDays, DateOnly From, DateOnly To);

    public static string Body(InstitutionEntry institution, InstitutionMetrics? figures, IReadOnlyList<SvgBars.Day> days, Daily daily,
        IReadOnlyDictionary<string, DashboardQuery.TableCounts> counts, TableCatalogue? catalogue, string period, IReadOnlyDictionary<string, decimal> thresholds, DashboardText text)
    {
        var html = new StringBuilder();
        var self = $"/dashboard/institutions/{Uri.EscapeDataString(institution.Code)}";
        html.Append(CultureInfo.InvariantCulture, $"""
            <form class="filters" method="get" action="{self}"><input type="hidden" name="lang" value="{text.Lang}">
            <label>{E(text["period"])} <input name="period" value="{E(period)}" size="22"></label>
            <button type="submit">{E(text["show"])}</button></form>
            <p class="muted">{E(institution.Code)} · {E(institution.Kind)} · {E(institution.UploadMethod)} ·
            <a id="to-dead-letters" href="{self}/dead-letters?period={Uri.EscapeDataString(period)}&amp;lang={text.Lang}">{E(text["deadLetters"])}</a> ·
            <a id="to-documents" href="{self}/documents?period={Uri.EscapeDataString(period)}&amp;lang={text.Lang}">{E(text["documents"])}</a></p>
            <h2>{E(text["daily"])}</h2>
            """);
        html.Append(SvgBars.Draw(days, text));
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(text["realtime"])}</h2><ul class=\"rates\">");
        html.Append(CultureInfo.InvariantCulture, $"<li id=\"rate-outpatient\" class=\"{HomePage.Grade(figures?.OutpatientRealtimeRate, thresholds["outpatientRealtimeRate"])}\">{E(text["outpatientRate"])}: {E(ReportColumn.Percent(figures?.OutpatientRealtimeRate))}</li>");
        html.Append(CultureInfo.InvariantCulture, $"<li id=\"rate-discharge\" class=\"{HomePage.Grade(figures?.DischargeRealtimeRate, thresholds["dischargeRealtimeRate"])}\">{E(text["dischargeRate"])}: {E(ReportColumn.Percent(figures?.DischargeRealtimeRate))}</li></ul>");
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(text["realtimeLines"])}</h2>");
        html.Append(SvgLines.Draw(daily.Rates, thresholds["outpatientRealtimeRate"], text));
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(text["uploadDays"])}</h2>");
        html.Append(SvgCalendar.Draw(daily.From, daily.To, daily.UploadDays, text));

        var declared = institution.DeclaredTables?.ToHashSet(StringComparer.Ordinal) ?? [];
        var rows = (catalogue?.Tables ?? []).Where(table => Required(table, institution.Kind) || declared.Contains(table.Code) || counts.ContainsKey(table.Code))
            .Select(table => (table.Code, Name: text.English ? table.NameEn : table.NameZh, Required: Required(table, institution.Kind)))
            .Concat(counts.Keys.Where(code => catalogue is null || !catalogue.TryGetTable(code, out _)).Select(code => (Code: code, Name: "", Required: false)))
            .ToList();
        html.Append(CultureInfo.InvariantCulture, $"""
            <h2>{E(text["tables"])}</h2><p class="muted">{E(text["declared"])}: {(institution.DeclaredTables is null ? "未反馈" : declared.Count.ToString(CultureInfo.InvariantCulture))} · {E(text["required"])}: {rows.Count(row => row.Required)} · {E(text["uploaded"])}: {counts.Count}</p>
            <table class="report" id="tables"><thead><tr><th>{E(text["table"])}</th><th>{E(text["tableName"])}</th><th>{E(text["required"])}</th><th>{E(text["declared"])}</th><th>{E(text["rowsUploaded"])}</th><th>{E(text["rowsLoaded"])}</th></tr></thead><tbody>
            """);
        foreach (var row in rows)
        {
            counts.TryGetValue(row.Code, out var count);
            var missing = count is null && (row.Required || declared.Contains(row.Code));
            var link = $"{self}/tables/{Uri.EscapeDataString(row.Code)}?period={Uri.EscapeDataString(period)}&amp;lang={text.Lang}";
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr class="{(missing ? "bad" : "")}" data-table="{E(row.Code)}"><td><a href="{link}">{E(row.Code == "" ? "?" : row.Code)}</a></td><td>{E(row.Name)}</td>
                <td>{E(text[row.Required ? "yes" : "no"])}</td><td>{E(text[declared.Contains(row.Code) ? "yes" : "no"])}</td>
                <td class="num">{(count is null ? E(missing ? text["missing"] : "0") : N(count.Received))}</td><td class="num">{N(count?.Inserted ?? 0)}</td></tr>
                """);
        }
        html.Append("</tbody></table>");
        return html.ToString();
    }

    private static bool Required(TableDefinition table, string kind) => table.RequiredFor.Any(each => each.ToWire() == kind);
}
