using System.Text;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Ingest.Reprocessing;

/// <summary>
/// Reads quarantined rows again with the platform's own readers, each line on its own (a line that is still
/// unreadable cannot swallow the next), under its batch's CSV header, keeping the row numbers of the batch.
/// </summary>
internal sealed class QuarantinedRowReader : TableRowReader
{
    private readonly BatchFormat _format;
    private readonly string? _headerLine;
    private readonly IReadOnlyList<QuarantinedRow> _rows;

    /// <param name="csvHeader">The batch's header fields as sent; required for CSV.</param>
    public QuarantinedRowReader(TableDefinition table, BatchFormat format, IReadOnlyList<string>? csvHeader, IReadOnlyList<QuarantinedRow> rows)
        : base(table)
    {
        if (format == BatchFormat.Csv && csvHeader is null) throw new ArgumentException("a CSV batch is re-read with its header", nameof(csvHeader));
        _format = format;
        _rows = rows;
        if (csvHeader is null) return;
        // Every field quoted: the header reads back exactly as the sender's, whatever it held.
        _headerLine = string.Join(',', csvHeader.Select(field => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        using var header = Open(""); // the header's own findings (unknown columns, columns now required) hold for every row
        HeaderIssues.AddRange(header.HeaderIssues);
    }

    public override IEnumerable<SourceRow> ReadRows()
    {
        foreach (var row in _rows)
        {
            using var reader = Open(row.Raw);
            var read = reader.ReadRows().Take(2).ToList();
            if (read.Count != 1)
            {
                yield return new SourceRow(row.RowNumber, new string?[Table.Columns.Count], row.Raw,
                    new ValidationIssue(IssueCodes.UnreadableRow, row.RowNumber, null, null, "the quarantined text is not one row"));
                continue;
            }
            var source = read[0];
            yield return new SourceRow(row.RowNumber, source.Values, row.Raw, source.ReadError is { } error ? error with { Row = row.RowNumber } : null);
        }
    }

    private TableRowReader Open(string line)
    {
        var text = _format == BatchFormat.Csv ? _headerLine + "\n" + line + "\n" : line + "\n";
        return BatchFormats.Open(_format, Table, new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false), new UTF8Encoding(false, true));
    }
}
