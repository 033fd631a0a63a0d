using System.Net;
using System.Text;
using HealthExchange.Metrics.Computation;

namespace HealthExchange.Metrics.Reports;

/// <summary>A self-contained HTML page with one table per report (or <see cref="PrintedTable"/>), styled like the platform's newsletter tables.</summary>
public static class HtmlReportWriter
{
    public static string Write(IReadOnlyList<PlatformReport> reports, bool english) =>
        Write(reports.Select(report => PrintedTable.From(report, english)).ToList());

    public static string Write(IReadOnlyList<PrintedTable> tables)
    {
        var html = new StringBuilder("""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>HealthExchange report</title>
            <style>
              body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", SimSun, sans-serif; margin: 2em; color: #111; }
              h2 { font-size: 1.1em; text-align: center; }
              table { border-collapse: collapse; margin: 0 auto 0.5em; font-size: 0.9em; }
              th, td { border: 1px solid #444; padding: 0.3em 0.6em; }
              th { background: #dde6f0; font-weight: 600; }
              td.n { text-align: right; font-variant-numeric: tabular-nums; }
              tr.total td { font-weight: 700; background: #f3f3f3; }
              p.note { text-align: center; color: #555; font-size: 0.85em; margin-bottom: 2em; }
            </style></head><body>
            """);
        foreach (var table in tables)
        {
            html.Append("<h2>").Append(Encode(table.Title)).Append("</h2>\n<table>\n<tr>");
            foreach (var heading in table.Headings) html.Append("<th>").Append(Encode(heading)).Append("</th>");
            html.Append("</tr>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr>");
                for (var i = 0; i < row.Count; i++) Cell(html, table, i, row[i].Text);
                html.Append("</tr>\n");
            }
            if (table.Total is { } total)
            {
                html.Append("<tr class=\"total\">");
                for (var i = 0; i < total.Count; i++) Cell(html, table, i, total[i]);
                html.Append("</tr>\n");
            }
            html.Append("</table>\n");
            if (table.Footnote is { } footnote) html.Append("<p class=\"note\">").Append(Encode(footnote)).Append("</p>\n");
        }
        return html.Append("</body></html>\n").ToString();
    }

    private static void Cell(StringBuilder html, PrintedTable table, int index, string text) =>
        html.Append(index < table.Numeric.Count && table.Numeric[index] ? "<td class=\"n\">" : "<td>").Append(Encode(text)).Append("</td>");

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
