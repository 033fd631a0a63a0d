using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HealthExchange.Metrics.Computation;

namespace HealthExchange.Metrics.Reports;

/// <summary>CSV and JSON renderings of a report: the stable machine formats province jobs consume.</summary>
public static class ReportWriters
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Csv(PlatformReport report, bool english)
    {
        var columns = ReportColumn.Standard;
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(',', columns.Select(column => Quote(column.Heading(english)))));
        foreach (var row in report.Institutions)
            csv.AppendLine(string.Join(',', columns.Select(column => Quote(column.Format(row)))));
        csv.AppendLine(string.Join(',', columns.Select(column => Quote(column.Key switch
        {
            "institution" => english ? "Platform total" : "合计",
            "rowsUploaded" => report.TotalRowsUploaded.ToString(CultureInfo.InvariantCulture),
            "rowsLoaded" => report.TotalRowsLoaded.ToString(CultureInfo.InvariantCulture),
            _ => "",
        }))));
        return csv.ToString();
    }

    public static string JsonText(PlatformReport report) => JsonSerializer.Serialize(new
    {
        period = new { label = report.Period.Label, from = report.Period.From, toExclusive = report.Period.To, timeZone = "Asia/Shanghai" },
        kind = report.Kind,
        institutions = report.Institutions.Select(row => ReportColumn.Standard.ToDictionary(column => column.Key, column => column.Value(row))),
        totals = new { rowsUploaded = report.TotalRowsUploaded, rowsLoaded = report.TotalRowsLoaded, cumulativeRowsLoaded = report.CumulativeRowsLoaded },
    }, Json);

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
