using System.Globalization;
using System.Text;
using HealthExchange.Ingest.Cda;
using static HealthExchange.Api.Dashboard.Html;

namespace HealthExchange.Api.Dashboard;

/// <summary>An institution's CDA documents of the period with every finding (code, zh and en messages) and a link to the original bytes.</summary>
internal static class DocumentsPage
{
    public static string Body(string institution, IReadOnlyList<CdaDocumentQuery.Summary> documents, string period, DashboardText text)
    {
        var self = $"/dashboard/institutions/{Uri.EscapeDataString(institution)}";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <p><a href="{self}?period={Uri.EscapeDataString(period)}&amp;lang={text.Lang}">{E(institution)}</a> › {E(text["documents"])}</p>
            <form class="filters" method="get" action="{self}/documents"><input type="hidden" name="lang" value="{text.Lang}">
            <label>{E(text["period"])} <input name="period" value="{E(period)}" size="22"></label><button type="submit">{E(text["show"])}</button></form>
            <table class="report" id="documents"><thead><tr><th>{E(text["documentId"])}</th><th>{E(text["documentType"])}</th><th>{E(text["status"])}</th>
            <th>{E(text["uploadedAt"])}</th><th>{E(text["rowsExtracted"])}</th><th>{E(text["code"])}</th><th>{E(text["messageZh"])}</th><th>{E(text["messageEn"])}</th><th>{E(text["original"])}</th></tr></thead><tbody>
            """);
        if (documents.Count == 0) html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"9\">{E(text["none"])}</td></tr>");
        foreach (var document in documents)
        {
            var issues = document.Issues.Count == 0 ? [null] : document.Issues.Cast<Ingest.Loading.IssueJson.IssueDto?>().ToList();
            var download = $"{self}/documents/{Uri.EscapeDataString(document.DocumentId)}/original";
            for (var i = 0; i < issues.Count; i++)
            {
                var issue = issues[i];
                html.Append(CultureInfo.InvariantCulture, $"<tr data-document=\"{E(document.DocumentId)}\" class=\"{(document.Status == "loaded" ? "" : "bad")}\">");
                html.Append(i == 0
                    ? $"<td>{E(document.DocumentId)}</td><td>{E(document.TypeCode ?? document.Kind ?? "")} {E(document.Title ?? "")}</td><td>{E(document.Status)}</td><td>{E(DrillPages.Time(document.UploadedAt))}</td><td class=\"num\">{document.RowsExtracted}</td>"
                    : "<td colspan=\"5\"></td>");
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"code\">{E(issue?.Code ?? "")}</td><td lang=\"zh-CN\">{E(issue?.MessageZh ?? "")}</td><td lang=\"en\">{E(issue?.MessageEn ?? "")}</td>");
                html.Append(i == 0 ? $"<td><a class=\"original\" href=\"{download}\" download>{E(text["download"])}</a></td>" : "<td></td>");
                html.Append("</tr>");
            }
        }
        html.Append("</tbody></table>");
        if (documents.Count == CdaDocumentQuery.MaxDocuments) html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{E(text["truncated"])}</p>");
        return html.ToString();
    }
}
