using System.Globalization;
using System.Text;
using HealthExchange.Metrics.Summaries;
using static HealthExchange.Api.Dashboard.Html;

namespace HealthExchange.Api.Dashboard;

/// <summary>Table → batches (receipts and counts) → rejected rows with their codes, both messages and masked values.</summary>
internal static class DrillPages
{
    public static string Batches(string institution, string table, IReadOnlyList<ReceiptEntry> batches, DashboardText text)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <p><a href="/dashboard/institutions/{Uri.EscapeDataString(institution)}?lang={text.Lang}">{E(institution)}</a> › {E(table)}</p>
            <h2>{E(text["batches"])}</h2>
            <table class="report" id="batches"><thead><tr><th>{E(text["batch"])}</th><th>{E(text["status"])}</th><th>{E(text["reason"])}</th><th>{E(text["uploadedAt"])}</th>
            <th>{E(text["rowsReceived"])}</th><th>{E(text["rowsInserted"])}</th><th>{E(text["rowsUpdated"])}</th><th>{E(text["rowsQuarantined"])}</th></tr></thead><tbody>
            """);
        if (batches.Count == 0) html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"8\">{E(text["none"])}</td></tr>");
        foreach (var batch in batches)
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr class="{(batch.Status == "loaded" ? (batch.RowsQuarantined > 0 ? "warn" : "") : "bad")}" data-batch="{E(batch.BatchId)}">
                <td><a href="{BatchLink(institution, batch.BatchId, text)}">{E(batch.BatchId)}</a></td><td>{E(batch.Status)}</td><td>{E(batch.ReasonCode ?? "")}</td>
                <td>{E(Time(batch.UploadedAt))}</td><td class="num">{N(batch.RowsReceived)}</td><td class="num">{N(batch.RowsInserted)}</td>
                <td class="num">{N(batch.RowsUpdated)}</td><td class="num">{N(batch.RowsQuarantined)}</td></tr>
                """);
        html.Append("</tbody></table>");
        return html.ToString();
    }

    public static string Batch(ReceiptEntry batch, IReadOnlyList<QuarantineEntry> rows, int? onlyRow, DashboardText text)
    {
        var html = new StringBuilder();
        var tableLink = $"/dashboard/institutions/{Uri.EscapeDataString(batch.Institution)}/tables/{Uri.EscapeDataString(batch.Table ?? "")}?period={batch.UploadDay:yyyy-MM}&amp;lang={text.Lang}";
        html.Append(CultureInfo.InvariantCulture, $"""
            <p><a href="/dashboard/institutions/{Uri.EscapeDataString(batch.Institution)}?lang={text.Lang}">{E(batch.Institution)}</a> › <a href="{tableLink}">{E(batch.Table ?? "?")}</a> › {E(batch.BatchId)}</p>
            <h2>{E(text["receipt"])}</h2>
            <dl class="receipt" id="receipt"><dt>{E(text["status"])}</dt><dd>{E(batch.Status)} {E(batch.ReasonCode ?? "")}</dd>
            <dt>{E(text["uploadedAt"])}</dt><dd>{E(Time(batch.UploadedAt))}</dd><dt>{E(text["processedAt"])}</dt><dd>{E(Time(batch.ProcessedAt))}</dd>
            <dt>{E(text["rowsReceived"])}</dt><dd>{N(batch.RowsReceived)}</dd><dt>{E(text["rowsInserted"])}</dt><dd>{N(batch.RowsInserted)}</dd>
            <dt>{E(text["rowsUpdated"])}</dt><dd>{N(batch.RowsUpdated)}</dd><dt>{E(text["rowsQuarantined"])}</dt><dd id="quarantined">{N(batch.RowsQuarantined)}</dd></dl>
            <h2>{E(text["rejected"])}</h2>
            <table class="report" id="rejected"><thead><tr><th>{E(text["row"])}</th><th>{E(text["code"])}</th><th>{E(text["column"])}</th><th>{E(text["value"])}</th>
            <th>{E(text["messageZh"])}</th><th>{E(text["messageEn"])}</th></tr></thead><tbody>
            """);
        var shown = rows.Where(row => onlyRow is null || row.Row == onlyRow).ToList();
        if (shown.Count == 0) html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"6\">{E(text["none"])}</td></tr>");
        foreach (var row in shown)
            foreach (var issue in row.Issues)
                html.Append(CultureInfo.InvariantCulture, $"""
                    <tr id="row-{row.Row}" data-row="{row.Row}" class="{(onlyRow is null ? "" : "selected")}"><td><a href="{BatchLink(batch.Institution, batch.BatchId, text, row.Row)}">{row.Row}</a></td>
                    <td class="code">{E(issue.Code)}</td><td>{E(issue.Column ?? "")}</td><td class="value">{E(issue.Value ?? "")}</td>
                    <td lang="zh-CN">{E(issue.MessageZh)}</td><td lang="en">{E(issue.MessageEn)}</td></tr>
                    """);
        html.Append("</tbody></table>");
        return html.ToString();
    }

    public static string BatchLink(string institution, string batch, DashboardText text, int? row = null) =>
        $"/dashboard/institutions/{Uri.EscapeDataString(institution)}/batches/{Uri.EscapeDataString(batch)}" +
        (row is { } number ? $"/rows/{number.ToString(CultureInfo.InvariantCulture)}" : "") + $"?lang={text.Lang}";

    public static string Time(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
