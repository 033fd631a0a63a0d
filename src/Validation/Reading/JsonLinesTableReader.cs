using System.Globalization;
using System.Text;
using System.Text.Json;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Validation.Reading;

/// <summary>
/// JSON lines: one object per line, keys are catalogue column names. Numbers and booleans are taken as
/// their JSON text; a line that is not a JSON object is rejected alone.
/// </summary>
internal sealed class JsonLinesTableReader(TableDefinition table, Stream stream, Encoding encoding) : TableRowReader(table)
{
    // The declared charset, strictly (TextPayload): a BOM does not switch to a lenient decoder.
    private readonly StreamReader _text = new(stream, TextPayload.Begin(stream, encoding), detectEncodingFromByteOrderMarks: false, bufferSize: ReaderBuffers.SizeFor(stream));
    private readonly HashSet<string> _reportedUnknown = new(StringComparer.Ordinal);

    public override IEnumerable<SourceRow> ReadRows()
    {
        var rowNumber = 0;
        var lineNumber = 0;
        var seenColumns = new HashSet<int>();
        while (_text.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            rowNumber++;
            var values = new string?[Table.Columns.Count];
            var error = Parse(line, values, rowNumber, lineNumber, seenColumns);
            yield return new SourceRow(rowNumber, values, line, error);
        }
        // JSON lines have no header: a required column that no row ever carried is reported like a missing header column.
        foreach (var column in Table.Columns.Where((column, index) => column.Required && !seenColumns.Contains(index) && rowNumber > 0))
            HeaderIssues.Add(new ValidationIssue(IssueCodes.MissingRequiredColumn, null, column.Name, null));
    }

    private ValidationIssue? Parse(string line, string?[] values, int rowNumber, int lineNumber, HashSet<int> seenColumns)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return new ValidationIssue(IssueCodes.UnreadableRow, rowNumber, null, null, $"line {lineNumber}: not a JSON object");
            foreach (var property in document.RootElement.EnumerateObject())
            {
                var ordinal = Table.IndexOf(property.Name);
                if (ordinal < 0)
                {
                    if (_reportedUnknown.Add(property.Name))
                        HeaderIssues.Add(new ValidationIssue(IssueCodes.UnknownColumn, null, property.Name.Length > 64 ? property.Name[..64] : property.Name, null));
                    continue;
                }
                seenColumns.Add(ordinal);
                values[ordinal] = property.Value.ValueKind switch
                {
                    JsonValueKind.Null or JsonValueKind.Undefined => null,
                    JsonValueKind.String => property.Value.GetString() is { Length: > 0 } text ? text : null,
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => property.Value.GetRawText(),
                };
            }
            return null;
        }
        catch (InvalidOperationException)
        {
            // GetString refuses a string whose \u escapes leave an unpaired surrogate: that row alone is rejected.
            return new ValidationIssue(IssueCodes.UnstorableCharacter, rowNumber, null, null,
                string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: an escape gives an unpaired surrogate"));
        }
        catch (JsonException error)
        {
            return new ValidationIssue(IssueCodes.UnreadableRow, rowNumber, null, null,
                string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: invalid JSON at byte {error.BytePositionInLine}"));
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _text.Dispose();
        base.Dispose(disposing);
    }
}
