using System.Text;

namespace HealthExchange.Validation.Reading;

/// <summary>
/// RFC 4180 record splitting over a TextReader: quoted fields, doubled quotes, embedded newlines, CRLF or LF.
/// Hand-written because the platform reads hundreds of thousands of rows a second on two cores.
/// </summary>
internal sealed class CsvFieldParser(TextReader reader)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private int _position;
    private int _length;
    private readonly StringBuilder _field = new();
    private readonly StringBuilder _raw = new();

    /// <summary>The 1-based physical line the last record started on.</summary>
    public int StartLine { get; private set; }

    private int _line = 1;

    /// <summary>Reads one record; false at the end. <paramref name="malformed"/> is set for an unterminated quote.</summary>
    public bool TryReadRecord(List<string> fields, out string raw, out bool malformed)
    {
        fields.Clear();
        _raw.Clear();
        malformed = false;
        raw = "";
        if (!Fill()) return false;
        StartLine = _line;
        _field.Clear();
        var inQuotes = false;
        var quotedField = false;
        while (true)
        {
            if (_position >= _length && !Fill())
            {
                if (inQuotes) malformed = true;
                fields.Add(_field.ToString());
                raw = _raw.ToString();
                return true;
            }
            var c = _buffer[_position++];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (Peek() == '"') { _position++; _field.Append('"'); _raw.Append("\"\""); continue; }
                    inQuotes = false;
                    _raw.Append(c);
                    continue;
                }
                if (c == '\n') _line++;
                _field.Append(c);
                _raw.Append(c);
                continue;
            }
            switch (c)
            {
                case ',':
                    fields.Add(_field.ToString());
                    _field.Clear();
                    quotedField = false;
                    _raw.Append(c);
                    break;
                case '"' when _field.Length == 0 && !quotedField:
                    inQuotes = true;
                    quotedField = true;
                    _raw.Append(c);
                    break;
                case '\r':
                    if (Peek() == '\n') _position++;
                    goto case '\n';
                case '\n':
                    _line++;
                    fields.Add(_field.ToString());
                    raw = _raw.ToString();
                    return true;
                default:
                    _field.Append(c);
                    _raw.Append(c);
                    break;
            }
        }
    }

    private int Peek()
    {
        if (_position >= _length && !Fill()) return -1;
        return _buffer[_position];
    }

    private bool Fill()
    {
        if (_position < _length) return true;
        _length = reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
