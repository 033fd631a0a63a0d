using System.Globalization;
using System.Text;
using HealthExchange.Ingest.DeadLetters;
using HealthExchange.Validation.Issues;
using static HealthExchange.Api.Dashboard.Html;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// An institution's dead letters as `hx dlq list` keeps them (hx.dead_letters): code, the code's Chinese title and the
/// stored English reason, arrival, size, attempts, replay state; a Replay button per pending one for operators.
/// </summary>
internal static class DeadLetterPage
{
    private static readonly Dictionary<string, IssueDefinition> Codes = IssueCodes.All.ToDictionary(code => code.Code, StringComparer.Ordinal);

    public static string Body(string institution, IReadOnlyList<StoredDeadLetter> letters, string period, bool mayReplay, bool replayAvailable,
        string? outcome, DashboardText text)
    {
        var self = $"/dashboard/institutions/{Uri.EscapeDataString(institution)}";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"""
            <p><a href="{self}?period={Uri.EscapeDataString(period)}&amp;lang={text.Lang}">{E(institution)}</a> › {E(text["deadLetters"])}</p>
            <form class="filters" method="get" action="{self}/dead-letters"><input type="hidden" name="lang" value="{text.Lang}">
            <label>{E(text["period"])} <input name="period" value="{E(period)}" size="22"></label><button type="submit">{E(text["show"])}</button></form>
            """);
        if (outcome is not null) html.Append(CultureInfo.InvariantCulture, $"<p class=\"total\" id=\"replay-outcome\">{E(outcome)}</p>");
        if (mayReplay && !replayAvailable)
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\" id=\"replay-unavailable\">{E(text["replayUnavailable"])} <code>hx dlq replay ID</code></p>");
        html.Append(CultureInfo.InvariantCulture, $"""
            <table class="report" id="dead-letters"><thead><tr><th>ID</th><th>{E(text["code"])}</th><th>{E(text["messageZh"])}</th><th>{E(text["messageEn"])}</th>
            <th>{E(text["receivedAt"])}</th><th>{E(text["batch"])}</th><th>{E(text["bytes"])}</th><th>{E(text["attempts"])}</th><th>{E(text["replayed"])}</th>{(mayReplay ? "<th></th>" : "")}</tr></thead><tbody>
            """);
        if (letters.Count == 0) html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"10\">{E(text["none"])}</td></tr>");
        foreach (var letter in letters)
        {
            var title = Codes.TryGetValue(letter.Code, out var definition) ? definition : null;
            var button = !mayReplay ? ""
                : letter.ReplayedAt is not null || !replayAvailable ? "<td></td>"
                : $"<td><form method=\"post\" action=\"{self}/dead-letters/{letter.Id.ToString(CultureInfo.InvariantCulture)}/replay?period={Uri.EscapeDataString(period)}&amp;lang={text.Lang}\">" +
                  $"<button type=\"submit\" class=\"replay\">{E(text["replay"])}</button></form></td>";
            html.Append(CultureInfo.InvariantCulture, $"""
                <tr data-dead-letter="{letter.Id}" class="{(letter.ReplayedAt is null ? "bad" : "")}"><td>{letter.Id}</td><td class="code">{E(letter.Code)}</td>
                <td lang="zh-CN">{E(title?.TitleZh ?? "")}</td><td lang="en">{E(letter.Reason)}</td><td>{E(DrillPages.Time(letter.ReceivedAt))}</td><td>{E(letter.BatchId)}</td>
                <td class="num">{N(letter.Bytes)}</td><td class="num">{letter.Attempts}</td><td class="replay-status">{E(letter.ReplayStatus ?? "")}</td>{button}</tr>
                """);
        }
        html.Append("</tbody></table>");
        return html.ToString();
    }
}
