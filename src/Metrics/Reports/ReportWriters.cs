using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HealthExchange.Metrics.Computation;
using HealthExchange.Validation.Reading;

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

    /// <summary>The heading row, one row per institution, and the platform total row (合计).</summary>
    public static IEnumerable<string[]> Cells(PlatformReport report, bool english)
    {
        var columns = ReportColumn.For(report.Kind);
        yield return columns.Select(column => column.Heading(english)).ToArray();
        foreach (var row in report.Institutions) yield return columns.Select(column => column.Text(row)).ToArray();
        yield return TotalRow(report, english);
    }

    public static string[] TotalRow(PlatformReport report, bool english) => ReportColumn.For(report.Kind).Select(column => column.Key switch
    {
        "institution" => english ? "Platform total" : "合计",
        "rowsUploaded" => report.TotalRowsUploaded.ToString(CultureInfo.InvariantCulture),
        "rowsLoaded" => report.TotalRowsLoaded.ToString(CultureInfo.InvariantCulture),
        _ => "",
    }).ToArray();

    public static string Csv(PlatformReport report, bool english)
    {
        var csv = new StringBuilder();
        foreach (var cells in Cells(report, english)) csv.AppendLine(CsvText.Line(cells));
        return csv.ToString();
    }

    public static string JsonText(PlatformReport report) => JsonSerializer.Serialize(new
    {
        period = new { label = report.Period.Label, from = report.Period.From, toExclusive = report.Period.To, timeZone = "Asia/Shanghai" },
        kind = report.Kind,
        institutions = report.Institutions.Select(row => Fields(report, row)),
        totals = new { rowsUploaded = report.TotalRowsUploaded, rowsLoaded = report.TotalRowsLoaded, cumulativeRowsLoaded = report.CumulativeRowsLoaded },
    }, Json);

    /// <summary>Every column's value under its stable key, plus the denominators the printed text carries.</summary>
    private static Dictionary<string, object?> Fields(PlatformReport report, InstitutionMetrics row)
    {
        var fields = ReportColumn.For(report.Kind).ToDictionary(column => column.Key, column => column.Value(row));
        fields["kind"] = row.Kind;
        fields["requiredTables"] = row.RequiredTables;
        fields["realtimeFormsTotal"] = row.RealtimeForms;
        fields["deadLetterRecords"] = row.DeadLetterRecords;
        return fields;
    }

}
