namespace HealthExchange.Validation.Reading;

/// <summary>
/// Small CSV files — the registry, declarations, reports — read and written by the same RFC 4180 rules as the
/// batch reader, so a name with a comma or a quote survives an export and a re-import.
/// </summary>
public static class CsvText
{
    /// <summary>Every record of a UTF-8 (BOM or not) CSV file; blank lines are skipped.</summary>
    public static IReadOnlyList<string[]> ReadFile(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path);
    }

    public static IReadOnlyList<string[]> Read(TextReader reader, string source)
    {
        var parser = new CsvFieldParser(reader);
        var records = new List<string[]>();
        while (parser.TryReadRecord(out var malformed))
        {
            if (malformed) throw new InvalidDataException($"{source}:{parser.StartLine}: unterminated quote");
            var fields = new string[parser.FieldCount];
            for (var i = 0; i < fields.Length; i++) fields[i] = parser.Field(i);
            if (fields is [""]) continue;
            records.Add(fields);
        }
        return records;
    }

    /// <summary>A field as CSV writes it: quoted (with doubled quotes) only when it holds a comma, quote or line break.</summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    /// <summary>One CSV line (without its line break).</summary>
    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Quote));
}
