using System.Text;

namespace HealthExchange.Validation.Reading;

/// <summary>
/// RFC 4180 record splitting over a TextReader: quoted fields, doubled quotes, embedded newlines, CRLF or LF.
/// Hand-written because the platform reads hundreds of thousands of rows a second on two cores.
/// </summary>
/// <remarks>
/// The current record always stands contiguous in the buffer (a record cut by a refill is moved to the
/// front first), so fields are cut out as spans and a record's raw text costs nothing until it is asked
/// for: only rejected rows need it, and it stays available until the next record is read.
/// </remarks>
internal sealed class CsvFieldParser(TextReader reader, int bufferSize = ReaderBuffers.Default)
{
    private char[] _buffer = new char[bufferSize];
    private int _length;
    private int _position;
    private bool _atEnd;

    // The current record: where it starts and ends (before its line break) in the buffer, and its fields as
    // (start, end) pairs; a field is flagged when it holds a quote and must be unescaped.
    private int _recordStart;
    private int _recordEnd;
    private bool _hasRecord;
    private int[] _bounds = new int[64];
    private bool[] _quoted = new bool[32];
    private readonly StringBuilder _unescaped = new();
    private int _line = 1;

    /// <summary>The 1-based physical line the last record started on.</summary>
    public int StartLine { get; private set; }

    /// <summary>Counts the records read; identifies the current one for <see cref="RawText"/>.</summary>
    public long RecordNumber { get; private set; }

    public int FieldCount { get; private set; }

    /// <summary>Reads one record; false at the end. <paramref name="malformed"/> is set for an unterminated quote.</summary>
    public bool TryReadRecord(out bool malformed)
    {
        malformed = false;
        FieldCount = 0;
        _hasRecord = false;
        _recordStart = _position;
        var fieldStart = _position;
        if (_position >= _length && !Fill(ref fieldStart)) return false;
        RecordNumber++;
        StartLine = _line;
        var inQuotes = false;
        var quotedField = false;
        var fieldHasQuote = false;
        while (true)
        {
            if (_position >= _length && !Fill(ref fieldStart))
            {
                malformed = inQuotes;
                return EndRecord(fieldStart, _position, fieldHasQuote);
            }
            var c = _buffer[_position++];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (Peek(ref fieldStart) == '"') { _position++; continue; }
                    inQuotes = false;
                }
                else if (c == '\n') _line++;
                continue;
            }
            switch (c)
            {
                case ',':
                    AddField(fieldStart, _position - 1, fieldHasQuote);
                    fieldStart = _position;
                    quotedField = fieldHasQuote = false;
                    break;
                case '"':
                    // Only a quote that opens an empty, not yet quoted field starts a quoted section;
                    // any other quote is kept as a character of the field.
                    if (_position - 1 == fieldStart && !quotedField) inQuotes = quotedField = true;
                    fieldHasQuote = true;
                    break;
                case '\r':
                case '\n':
                    EndRecord(fieldStart, _position - 1, fieldHasQuote);
                    if (c == '\r' && Peek(ref fieldStart) == '\n') _position++;
                    _line++;
                    return true;
            }
        }
    }

    private bool EndRecord(int fieldStart, int end, bool fieldHasQuote)
    {
        AddField(fieldStart, end, fieldHasQuote);
        _recordEnd = end;
        _hasRecord = true;
        return true;
    }

    /// <summary>The unescaped value of field <paramref name="index"/> of the current record.</summary>
    public string Field(int index)
    {
        var start = _bounds[2 * index];
        var end = _bounds[(2 * index) + 1];
        if (start == end) return "";
        return _quoted[index] ? Unescape(start, end) : new string(_buffer, start, end - start);
    }

    /// <summary>True when field <paramref name="index"/> is empty (nothing, or a quoted empty string).</summary>
    public bool IsEmpty(int index)
    {
        var length = _bounds[(2 * index) + 1] - _bounds[2 * index];
        return length == 0 || (_quoted[index] && Field(index).Length == 0);
    }

    /// <summary>
    /// The current record as the sender wrote it, without its line break; null once a later record was read
    /// (<paramref name="record"/> is the <see cref="RecordNumber"/> it was read as).
    /// </summary>
    public string? RawText(long record) =>
        _hasRecord && record == RecordNumber ? new string(_buffer, _recordStart, _recordEnd - _recordStart) : null;

    private void AddField(int start, int end, bool quoted)
    {
        if (2 * (FieldCount + 1) > _bounds.Length)
        {
            Array.Resize(ref _bounds, _bounds.Length * 2);
            Array.Resize(ref _quoted, _quoted.Length * 2);
        }
        _bounds[2 * FieldCount] = start;
        _bounds[(2 * FieldCount) + 1] = end;
        _quoted[FieldCount] = quoted;
        FieldCount++;
    }

    /// <summary>
    /// The field's characters as the splitter read them: a quote opening the empty field starts a quoted
    /// section, a doubled quote inside it stands for one quote, any other quote is an ordinary character.
    /// </summary>
    private string Unescape(int start, int end)
    {
        _unescaped.Clear();
        var inQuotes = false;
        var quotedField = false;
        for (var i = start; i < end; i++)
        {
            var c = _buffer[i];
            if (inQuotes)
            {
                if (c != '"') _unescaped.Append(c);
                else if (i + 1 < end && _buffer[i + 1] == '"') { _unescaped.Append('"'); i++; }
                else inQuotes = false;
            }
            else if (c == '"' && _unescaped.Length == 0 && !quotedField) inQuotes = quotedField = true;
            else _unescaped.Append(c);
        }
        return _unescaped.Length == 0 ? "" : _unescaped.ToString();
    }

    private int Peek(ref int fieldStart)
    {
        if (_position >= _length && !Fill(ref fieldStart)) return -1;
        return _buffer[_position];
    }

    /// <summary>
    /// Reads more text behind the current record, first moving the record to the front of the buffer (or
    /// growing the buffer when the record fills it), so that the record stays contiguous.
    /// </summary>
    private bool Fill(ref int fieldStart)
    {
        if (_position < _length) return true;
        if (_atEnd) return false;
        var keep = _length - _recordStart;
        if (_recordStart > 0)
        {
            Array.Copy(_buffer, _recordStart, _buffer, 0, keep);
            for (var i = 0; i < 2 * FieldCount; i++) _bounds[i] -= _recordStart;
            fieldStart -= _recordStart;
            _recordEnd -= _recordStart;
            _position -= _recordStart;
            _recordStart = 0;
        }
        else if (keep == _buffer.Length)
        {
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }
        _length = keep;
        var read = reader.Read(_buffer, keep, _buffer.Length - keep);
        if (read == 0) { _atEnd = true; return false; }
        _length += read;
        return true;
    }
}
