using System.Globalization;
using System.Text;
using HealthExchange.Metrics.Alerts;
using static HealthExchange.Api.Dashboard.Html;

namespace HealthExchange.Api.Dashboard;

/// <summary>The alerts of a period as `hx alerts` computes them (the rules live in Metrics/Alerts; this only shows them).</summary>
internal static class AlertsPage
{
    public static string Body(IReadOnlyList<Alert> alerts, string period, DashboardText text)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <form class="filters" method="get" action="/dashboard/alerts"><input type="hidden" name="lang" value="{text.Lang}">
            <label>{E(text["period"])} <input name="period" value="{E(period)}" size="22"></label><button type="submit">{E(text["show"])}</button></form>
            <table class="report" id="alerts"><thead><tr><th>{E(text["code"])}</th><th>{E(text["institution"])}</th><th>{E(text["table"])}</th><th>{E(text["day"])}</th>
            <th>{E(text["alertValue"])}</th><th>{E(text["message"])}</th></tr></thead><tbody>
            """);
        if (alerts.Count == 0) html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"6\">{E(text["none"])}</td></tr>");
        foreach (var alert in alerts)
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr><td class="code">{E(alert.Code)}</td><td><a href="/dashboard/institutions/{Uri.EscapeDataString(alert.Institution)}?period={alert.Day:yyyy-MM}&amp;lang={text.Lang}">{E(alert.Institution)}</a></td>
                <td>{E(alert.Table)}</td><td>{alert.Day:yyyy-MM-dd}</td><td class="num">{alert.Value:0.##} / {alert.Expected:0.##}</td><td>{E(text.English ? alert.MessageEn : alert.MessageZh)}</td></tr>
                """);
        html.Append("</tbody></table>");
        return html.ToString();
    }
}
