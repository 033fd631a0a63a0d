using System.Globalization;
using HealthExchange.Metrics.Computation;

namespace HealthExchange.Metrics.Reports;

/// <summary>One cell as the newsletter prints it; <see cref="Number"/> is set where a spreadsheet should hold a number.</summary>
public sealed record PrintedCell(string Text, double? Number = null)
{
    public static PrintedCell Of(long value) => new(value.ToString(CultureInfo.InvariantCulture), value);
}

/// <summary>
/// A newsletter table ready for the HTML and XLSX writers: title, headings, body rows, an optional total row and
/// footnote. The platform's monthly tables and the province's tables are both printed through it.
/// </summary>
public sealed record PrintedTable(string Title, string SheetName, IReadOnlyList<string> Headings, IReadOnlyList<bool> Numeric,
    IReadOnlyList<IReadOnlyList<PrintedCell>> Rows, IReadOnlyList<string>? Total = null, string? Footnote = null)
{
    /// <summary>A platform report as printed: counts as numbers, rates and the "申明/规定" pairs as their texts.</summary>
    public static PrintedTable From(PlatformReport report, bool english)
    {
        var columns = ReportColumn.For(report.Kind);
        var rows = report.Institutions.Select(metrics => (IReadOnlyList<PrintedCell>)columns.Select(column =>
            column.Numeric && column.Value(metrics) is long or int && column.Key is not ("declaredTables" or "realtimeForms")
                ? new PrintedCell(column.Text(metrics), Convert.ToDouble(column.Value(metrics), CultureInfo.InvariantCulture))
                : new PrintedCell(column.Text(metrics))).ToList()).ToList();
        var sheet = report.Kind switch { "hospital" => english ? "Hospitals" : "医院", "district" => english ? "Districts" : "区县", _ => english ? "All" : "全部" };
        return new PrintedTable(ReportTitle.Title(report, english), sheet, columns.Select(column => column.Heading(english)).ToList(),
            columns.Select(column => column.Numeric).ToList(), rows, ReportWriters.TotalRow(report, english), ReportTitle.Footnote(report, english));
    }
}
