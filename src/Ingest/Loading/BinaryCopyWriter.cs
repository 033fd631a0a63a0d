using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using Npgsql;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// Writes rows in PostgreSQL's binary COPY format (the "Binary Format" of the COPY reference page) into a raw COPY
/// stream. Npgsql's <see cref="NpgsqlBinaryImporter"/> binds a parameter and resolves a converter for every value, about
/// a third of <c>hx run</c>'s own CPU in a profile of a backlog drain (tests/Benchmarks/README.md); here a value is a few
/// bytes appended to one buffer. Every COPY of the loader goes through it (data, staging, retraction keys, quarantine);
/// only the types those store are written, each exactly as Npgsql writes it (BinaryCopyWriterTests loads the same values
/// both ways and compares what PostgreSQL stored).
/// </summary>
/// <remarks>
/// Disposed without <see cref="CompleteAsync"/>, the COPY is cancelled (CopyFail) and the statement fails: nothing of a
/// half-written batch can reach the table, as with the importer. A server-side error (a unique violation) is raised by
/// <see cref="CompleteAsync"/>, when PostgreSQL answers the end of the data.
/// </remarks>
internal sealed class BinaryCopyWriter : IAsyncDisposable
{
    private const int FlushAt = 64 * 1024;
    // 2000-01-01, PostgreSQL's epoch for date and timestamp.
    private const long EpochTicks = 630_822_816_000_000_000L;
    private static readonly int EpochDayNumber = new DateOnly(2000, 1, 1).DayNumber;
    private static readonly byte[] Header = [(byte)'P', (byte)'G', (byte)'C', (byte)'O', (byte)'P', (byte)'Y', (byte)'\n', 0xFF, (byte)'\r', (byte)'\n', 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private readonly NpgsqlRawCopyStream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(FlushAt * 2);
    private int _length;
    private bool _completed;

    private BinaryCopyWriter(NpgsqlRawCopyStream stream)
    {
        _stream = stream;
        Header.CopyTo(Reserve(Header.Length));
    }

    /// <param name="copyCommand">A <c>COPY … FROM STDIN (FORMAT BINARY)</c> whose columns come from the catalogue.</param>
    public static async Task<BinaryCopyWriter> BeginAsync(NpgsqlConnection connection, string copyCommand, CancellationToken cancellationToken) =>
        new(await connection.BeginRawBinaryCopyAsync(copyCommand, cancellationToken));

    /// <summary>Starts a row of <paramref name="fields"/> values; sends what is buffered once it is large enough.</summary>
    public async ValueTask StartRowAsync(short fields, CancellationToken cancellationToken)
    {
        if (_length >= FlushAt) await FlushAsync(cancellationToken);
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), fields);
    }

    public void WriteNull() => BinaryPrimitives.WriteInt32BigEndian(Reserve(4), -1);

    /// <summary>
    /// A catalogue column's value as <see cref="ValueParser"/> types it. The column's kind is checked as well as the value's
    /// type: PostgreSQL reads binary data by the column's type, so a value of another type could be stored misread.
    /// </summary>
    public void WriteValue(ColumnKind kind, object? value)
    {
        switch (value)
        {
            case null: WriteNull(); break;
            case string text when kind is ColumnKind.String or ColumnKind.Code: WriteText(text); break;
            case long integer when kind is ColumnKind.Integer: WriteInt64(integer); break;
            case decimal number when kind is ColumnKind.Decimal: WriteNumeric(number); break;
            case DateOnly date when kind is ColumnKind.Date: WriteDate(date); break;
            case DateTime moment when kind is ColumnKind.DateTime: WriteTimestamp(moment); break;
            case bool flag when kind is ColumnKind.Boolean: WriteBoolean(flag); break;
            default: throw new InvalidOperationException($"a {value.GetType().Name} value for a {kind} column");
        }
    }

    /// <summary>text and varchar: UTF-8, as the connection's client encoding is.</summary>
    public void WriteText(string value) => WriteUtf8(value, prefix: 0);

    /// <summary>jsonb: its format version (1), then the JSON text.</summary>
    public void WriteJsonb(string json) => WriteUtf8(json, prefix: 1);

    /// <summary>A length, an optional one-byte prefix, the text's UTF-8 bytes; room for the longest encoding, the rest given back.</summary>
    private void WriteUtf8(string value, int prefix)
    {
        var header = prefix == 0 ? 4 : 5;
        var span = Reserve(header + Encoding.UTF8.GetMaxByteCount(value.Length));
        if (prefix != 0) span[4] = (byte)prefix;
        var written = Encoding.UTF8.GetBytes(value, span[header..]);
        BinaryPrimitives.WriteInt32BigEndian(span, header - 4 + written);
        _length -= span.Length - header - written;
    }

    public void WriteInt32(int value)
    {
        var span = Reserve(8);
        BinaryPrimitives.WriteInt32BigEndian(span, 4);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], value);
    }

    public void WriteInt64(long value)
    {
        var span = Reserve(12);
        BinaryPrimitives.WriteInt32BigEndian(span, 8);
        BinaryPrimitives.WriteInt64BigEndian(span[4..], value);
    }

    public void WriteBoolean(bool value)
    {
        var span = Reserve(5);
        BinaryPrimitives.WriteInt32BigEndian(span, 1);
        span[4] = value ? (byte)1 : (byte)0;
    }

    /// <summary>date: days since 2000-01-01.</summary>
    public void WriteDate(DateOnly value)
    {
        var span = Reserve(8);
        BinaryPrimitives.WriteInt32BigEndian(span, 4);
        BinaryPrimitives.WriteInt32BigEndian(span[4..], value.DayNumber - EpochDayNumber);
    }

    /// <summary>
    /// timestamp and timestamptz: microseconds since 2000-01-01, extra precision dropped as Npgsql drops it (a
    /// timestamptz value is given in UTC). Validation keeps DateTime.MinValue and MaxValue, which Npgsql would send as
    /// infinities, out of every row.
    /// </summary>
    public void WriteTimestamp(DateTime value)
    {
        var span = Reserve(12);
        BinaryPrimitives.WriteInt32BigEndian(span, 8);
        BinaryPrimitives.WriteInt64BigEndian(span[4..], (value.Ticks - EpochTicks) / 10);
    }

    /// <summary>
    /// numeric: int16 digit count, weight, sign and display scale, then base-10000 digits from the most significant;
    /// the weight is the power of 10000 of the first digit. The display scale is the decimal's own scale, as Npgsql sends it.
    /// </summary>
    public void WriteNumeric(decimal value)
    {
        Span<char> text = stackalloc char[64];
        Math.Abs(value).TryFormat(text, out var length, default, CultureInfo.InvariantCulture);
        text = text[..length];
        var point = text.IndexOf('.');
        var integer = point < 0 ? text : text[..point];
        var fraction = point < 0 ? [] : text[(point + 1)..];
        integer = integer.TrimStart('0');

        // Groups of four decimal digits aligned on the decimal point: the integer part padded on the left, the fraction on the right.
        var integerGroups = (integer.Length + 3) / 4;
        var fractionGroups = (fraction.Length + 3) / 4;
        Span<short> digits = stackalloc short[integerGroups + fractionGroups];
        for (var i = 0; i < integer.Length; i++)
        {
            var position = integerGroups * 4 - integer.Length + i;
            digits[position / 4] = (short)(digits[position / 4] * 10 + (integer[i] - '0'));
        }
        for (var group = 0; group < fractionGroups; group++)
        {
            short digit = 0;
            for (var i = group * 4; i < group * 4 + 4; i++) digit = (short)(digit * 10 + (i < fraction.Length ? fraction[i] - '0' : 0));
            digits[integerGroups + group] = digit;
        }
        var weight = integerGroups - 1;
        var first = 0;
        while (first < digits.Length && digits[first] == 0) { first++; weight--; }
        var last = digits.Length;
        while (last > first && digits[last - 1] == 0) last--;
        var significant = digits[first..last];
        var negative = value < 0 && significant.Length > 0;
        if (significant.Length == 0) weight = 0;

        var span = Reserve(4 + 8 + significant.Length * 2);
        BinaryPrimitives.WriteInt32BigEndian(span, 8 + significant.Length * 2);
        BinaryPrimitives.WriteInt16BigEndian(span[4..], (short)significant.Length);
        BinaryPrimitives.WriteInt16BigEndian(span[6..], (short)weight);
        BinaryPrimitives.WriteInt16BigEndian(span[8..], negative ? (short)0x4000 : (short)0);
        BinaryPrimitives.WriteInt16BigEndian(span[10..], (short)value.Scale);
        for (var i = 0; i < significant.Length; i++) BinaryPrimitives.WriteInt16BigEndian(span[(12 + i * 2)..], significant[i]);
    }

    /// <summary>Ends the data and waits for PostgreSQL's answer: a constraint violation is thrown here.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        BinaryPrimitives.WriteInt16BigEndian(Reserve(2), -1);
        await FlushAsync(cancellationToken);
        // Whatever PostgreSQL answers, the stream is done with: disposing it again would send a second CopyDone.
        _completed = true;
        await _stream.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_buffer.Length == 0) return;
        try
        {
            // Npgsql sends CopyFail and takes PostgreSQL's "canceled" answer itself.
            if (!_completed) await _stream.CancelAsync();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await _stream.WriteAsync(_buffer.AsMemory(0, _length), cancellationToken);
        _length = 0;
    }

    /// <summary>The next <paramref name="size"/> bytes of the buffer, counted as written; a value larger than the room grows it.</summary>
    private Span<byte> Reserve(int size)
    {
        if (_length + size > _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + size));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        var span = _buffer.AsSpan(_length, size);
        _length += size;
        return span;
    }
}
