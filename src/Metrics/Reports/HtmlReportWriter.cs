using System.Net;
using System.Text;
using HealthExchange.Metrics.Computation;

namespace HealthExchange.Metrics.Reports;

/// <summary>A self-contained HTML page with one table per report, styled like the platform's newsletter tables.</summary>
public static class HtmlReportWriter
{
    public static string Write(IReadOnlyList<PlatformReport> reports, bool english)
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
        foreach (var report in reports)
        {
            var columns = ReportColumn.For(report.Kind);
            html.Append("<h2>").Append(Encode(ReportTitle.Title(report, english))).Append("</h2>\n<table>\n<tr>");
            foreach (var column in columns) html.Append("<th>").Append(Encode(column.Heading(english))).Append("</th>");
            html.Append("</tr>\n");
            foreach (var row in report.Institutions)
            {
                html.Append("<tr>");
                foreach (var column in columns)
                    html.Append(column.Numeric ? "<td class=\"n\">" : "<td>").Append(Encode(column.Text(row))).Append("</td>");
                html.Append("</tr>\n");
            }
            html.Append("<tr class=\"total\">");
            foreach (var (cell, column) in ReportWriters.TotalRow(report, english).Zip(columns))
                html.Append(column.Numeric ? "<td class=\"n\">" : "<td>").Append(Encode(cell)).Append("</td>");
            html.Append("</tr>\n</table>\n<p class=\"note\">").Append(Encode(ReportTitle.Footnote(report, english))).Append("</p>\n");
        }
        return html.Append("</body></html>\n").ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
