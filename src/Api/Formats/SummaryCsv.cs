using System.Globalization;
using System.Text;
using HealthExchange.Metrics.Summaries;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Api.Formats;

/// <summary>Summaries as CSV (UTF-8, the stable keys as headings, an empty cell for a null).</summary>
internal static class SummaryCsv
{
    public static byte[] Write(IEnumerable<SummaryRow> rows)
    {
        var csv = new StringBuilder();
        csv.AppendLine(CsvText.Line(SummaryColumns.All.Select(column => column.Key).ToArray()));
        foreach (var row in rows)
            csv.AppendLine(CsvText.Line(SummaryColumns.All.Select(column => Text(column.Value(row))).ToArray()));
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
