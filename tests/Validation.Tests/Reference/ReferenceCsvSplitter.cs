using System.Text;

namespace HealthExchange.Validation.Tests.Reference;

/// <summary>
/// The platform's first CSV splitter, one character at a time into StringBuilders: slow, and for that
/// reason obviously right. The fast parser must split every input exactly as this one does.
/// </summary>
internal static class ReferenceCsvSplitter
{
    public sealed record Record(List<string> Fields, string Raw, bool Malformed, int StartLine);

    public static List<Record> Split(string text)
    {
        var records = new List<Record>();
        var position = 0;
        var line = 1;
        while (position < text.Length)
        {
            var fields = new List<string>();
            var field = new StringBuilder();
            var raw = new StringBuilder();
            var startLine = line;
            var inQuotes = false;
            var quotedField = false;
            while (true)
            {
                if (position >= text.Length)
                {
                    fields.Add(field.ToString());
                    records.Add(new Record(fields, raw.ToString(), inQuotes, startLine));
                    break;
                }
                var c = text[position++];
                var next = position < text.Length ? text[position] : -1;
                if (inQuotes)
                {
                    if (c == '"')
                    {
                        if (next == '"') { position++; field.Append('"'); raw.Append("\"\""); continue; }
                        inQuotes = false;
                        raw.Append(c);
                        continue;
                    }
                    if (c == '\n') line++;
                    field.Append(c);
                    raw.Append(c);
                    continue;
                }
                if (c == ',') { fields.Add(field.ToString()); field.Clear(); quotedField = false; raw.Append(c); continue; }
                if (c == '"' && field.Length == 0 && !quotedField) { inQuotes = quotedField = true; raw.Append(c); continue; }
                if (c is '\r' or '\n')
                {
                    if (c == '\r' && next == '\n') position++;
                    line++;
                    fields.Add(field.ToString());
                    records.Add(new Record(fields, raw.ToString(), false, startLine));
                    break;
                }
                field.Append(c);
                raw.Append(c);
            }
        }
        return records;
    }
}
