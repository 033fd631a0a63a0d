using System.Text;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Validation.Reading;

/// <summary>
/// CSV with a header row of catalogue column names, in UTF-8 (with or without BOM) or GB18030.
/// Blank lines are skipped; a line with a different field count is rejected alone.
/// </summary>
internal sealed class CsvTableReader : TableRowReader
{
    private readonly TextReader _text;
    private readonly CsvFieldParser _parser;
    private readonly Func<long, string?> _rawText;
    private readonly int[] _ordinalByField;

    public CsvTableReader(TableDefinition table, Stream stream, Encoding encoding) : base(table)
    {
        var bufferSize = ReaderBuffers.SizeFor(stream); // the parser's buffer grows for records longer than it
        // Not StreamReader's BOM detection: it switches to a lenient decoder. TextPayload keeps every charset strict.
        _text = new StreamReader(stream, TextPayload.Begin(stream, encoding), detectEncodingFromByteOrderMarks: false, bufferSize);
        _parser = new CsvFieldParser(_text, bufferSize);
        _rawText = _parser.RawText;
        var header = new List<string>();
        if (_parser.TryReadRecord(out _))
            for (var i = 0; i < _parser.FieldCount; i++) header.Add(_parser.Field(i));
        Header = header;
        _ordinalByField = MapHeader(header);
    }

    /// <summary>The header row's fields as the sender wrote them (empty when the batch had none).</summary>
    public override IReadOnlyList<string>? Header { get; }

    private int[] MapHeader(List<string> header)
    {
        var ordinals = new int[header.Count];
        var seen = new HashSet<int>();
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            var ordinal = Table.IndexOf(name);
            ordinals[i] = ordinal;
            if (ordinal < 0)
                HeaderIssues.Add(new ValidationIssue(IssueCodes.UnknownColumn, null, name.Length > 64 ? name[..64] : name, null));
            else if (!seen.Add(ordinal))
            {
                HeaderIssues.Add(new ValidationIssue(IssueCodes.DuplicateColumn, null, name, null));
                ordinals[i] = -1;
            }
        }
        foreach (var column in Table.Columns.Where((column, index) => column.Required && !seen.Contains(index)))
            HeaderIssues.Add(new ValidationIssue(IssueCodes.MissingRequiredColumn, null, column.Name, null));
        return ordinals;
    }

    public override bool HeaderUnrecognised => _ordinalByField.All(ordinal => ordinal < 0);

    public override IEnumerable<SourceRow> ReadRows()
    {
        var rowNumber = 0;
        while (_parser.TryReadRecord(out var malformed))
        {
            if (_parser.FieldCount == 1 && _parser.IsEmpty(0)) continue;
            rowNumber++;
            var values = new string?[Table.Columns.Count];
            var record = _parser.RecordNumber;
            if (malformed)
            {
                yield return new SourceRow(rowNumber, values, RawOf(record), new ValidationIssue(IssueCodes.UnreadableRow, rowNumber, null, null, $"line {_parser.StartLine}: unterminated quote"));
                continue;
            }
            if (_parser.FieldCount != _ordinalByField.Length)
            {
                yield return new SourceRow(rowNumber, values, RawOf(record), new ValidationIssue(IssueCodes.FieldCount, rowNumber, null, null,
                    $"line {_parser.StartLine}: {_parser.FieldCount} fields, header has {_ordinalByField.Length}"));
                continue;
            }
            for (var i = 0; i < _ordinalByField.Length; i++)
            {
                var ordinal = _ordinalByField[i];
                if (ordinal >= 0 && _parser.Field(i) is { Length: > 0 } text) values[ordinal] = text;
            }
            yield return new SourceRow(rowNumber, values, _rawText, record);
        }
    }

    private string RawOf(long record) => _parser.RawText(record)!;

    protected override void Dispose(bool disposing)
    {
        if (disposing) _text.Dispose();
        base.Dispose(disposing);
    }
}
