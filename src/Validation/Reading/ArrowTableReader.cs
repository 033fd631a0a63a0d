using System.Globalization;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Validation.Reading;

/// <summary>
/// An Arrow IPC stream (one record batch or more): field names are catalogue column names; each value is turned into the
/// catalogue's own text form and then checked exactly like a CSV value, so an Arrow batch and the equivalent CSV load
/// row for row the same. utf8 (plain or dictionary-encoded), integers, decimal128, floating point, boolean, date32/64
/// and timestamps map; a timestamp with a zone is taken in the platform's time (Asia/Shanghai), one without as the
/// wall-clock time it holds. A field of any other type is refused as a header error (HX2004). The stream is read whole
/// when opened: a broken one makes the batch unreadable (HX1006) rather than failing half-way through a load.
/// </summary>
internal sealed class ArrowTableReader : TableRowReader
{
    private readonly List<RecordBatch> _batches = [];
    private readonly int[] _ordinalByField = [];
    private readonly string? _unreadable;

    public ArrowTableReader(TableDefinition table, Stream stream) : base(table)
    {
        try
        {
            using var reader = new ArrowStreamReader(stream, leaveOpen: true);
            while (reader.ReadNextRecordBatch() is { } batch) _batches.Add(batch);
            var schema = reader.Schema ?? throw new InvalidDataException("no schema");
            _ordinalByField = MapSchema(schema);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Whatever a malformed stream makes the Arrow library throw, it is the sender's bytes: the batch is unreadable.
            _unreadable = $"not an Arrow IPC stream ({error.GetType().Name})";
        }
    }

    public override string? UnreadableReason => _unreadable;

    public override bool HeaderUnrecognised => _unreadable is null && _ordinalByField.All(ordinal => ordinal < 0);

    private int[] MapSchema(Schema schema)
    {
        var ordinals = new int[schema.FieldsList.Count];
        var seen = new HashSet<int>();
        for (var i = 0; i < ordinals.Length; i++)
        {
            var field = schema.FieldsList[i];
            var ordinal = Table.IndexOf(field.Name);
            ordinals[i] = ordinal;
            if (ordinal < 0)
                HeaderIssues.Add(new ValidationIssue(IssueCodes.UnknownColumn, null, field.Name.Length > 64 ? field.Name[..64] : field.Name, null));
            else if (!seen.Add(ordinal))
            {
                HeaderIssues.Add(new ValidationIssue(IssueCodes.DuplicateColumn, null, field.Name, null));
                ordinals[i] = -1;
            }
            else if (!Maps(field.DataType))
            {
                HeaderIssues.Add(new ValidationIssue(IssueCodes.UnmappableArrowType, null, field.Name, null, field.DataType.Name));
                ordinals[i] = -1;
            }
        }
        foreach (var column in Table.Columns.Where((column, index) => column.Required && !seen.Contains(index)))
            HeaderIssues.Add(new ValidationIssue(IssueCodes.MissingRequiredColumn, null, column.Name, null));
        return ordinals;
    }

    private static bool Maps(IArrowType type) => type switch
    {
        DictionaryType dictionary => dictionary.ValueType is StringType or LargeStringType,
        StringType or LargeStringType or BooleanType or Decimal128Type or Date32Type or Date64Type or TimestampType => true,
        Int8Type or Int16Type or Int32Type or Int64Type or UInt8Type or UInt16Type or UInt32Type or UInt64Type => true,
        FloatType or DoubleType => true,
        _ => false,
    };

    public override IEnumerable<SourceRow> ReadRows()
    {
        var rowNumber = 0;
        foreach (var batch in _batches)
            for (var row = 0; row < batch.Length; row++)
            {
                rowNumber++;
                var values = new string?[Table.Columns.Count];
                for (var field = 0; field < _ordinalByField.Length; field++)
                    if (_ordinalByField[field] >= 0) values[_ordinalByField[field]] = Text(batch.Column(field), row);
                yield return new SourceRow(rowNumber, values, _ => RawJson(values), rowNumber);
            }
    }

    /// <summary>What a quarantined Arrow row shows an operator: its values as a JSON object of catalogue column names.</summary>
    private string RawJson(string?[] values) =>
        JsonSerializer.Serialize(Table.Columns.Select((column, index) => (column.Name, values[index])).Where(pair => pair.Item2 is not null)
            .ToDictionary(pair => pair.Name, pair => pair.Item2));

    private static string? Text(IArrowArray array, int index)
    {
        if (array.IsNull(index)) return null;
        return array switch
        {
            StringArray text => text.GetString(index),
            LargeStringArray text => text.GetString(index),
            DictionaryArray dictionary => Text(dictionary.Dictionary, DictionaryIndex(dictionary.Indices, index)),
            BooleanArray flags => flags.GetValue(index) == true ? "true" : "false",
            Decimal128Array numbers => numbers.GetValue(index)?.ToString(CultureInfo.InvariantCulture),
            Date32Array dates => dates.GetDateOnly(index)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Date64Array dates => dates.GetDateOnly(index)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimestampArray moments => Moment(moments, index),
            FloatArray numbers => numbers.GetValue(index)?.ToString("R", CultureInfo.InvariantCulture),
            DoubleArray numbers => numbers.GetValue(index)?.ToString("R", CultureInfo.InvariantCulture),
            Int8Array numbers => numbers.GetValue(index)?.ToString(CultureInfo.InvariantCulture),
            Int16Array numbers => numbers.GetValue(index)?.ToString(CultureInfo.InvariantCulture),
            Int32Array numbers => numbers.GetValue(index)?.ToString(CultureInfo.InvariantCulture),
            Int64Array numbers => numbers.GetValue(index)?.ToString(CultureInfo.InvariantCulture),
            UInt8Array numbers => numbers.GetValue(index)?.ToString(CultureInfo.InvariantCulture),
            UInt16Array numbers => numbers.GetValue(index)?.ToString(CultureInfo.InvariantCulture),
            UInt32Array numbers => numbers.GetValue(index)?.ToString(CultureInfo.InvariantCulture),
            UInt64Array numbers => numbers.GetValue(index)?.ToString(CultureInfo.InvariantCulture),
            _ => null, // refused in the header already (HX2004): never mapped to a column
        };
    }

    private static int DictionaryIndex(IArrowArray indices, int index) => indices switch
    {
        Int8Array small => small.GetValue(index) ?? 0,
        Int16Array medium => medium.GetValue(index) ?? 0,
        Int32Array large => large.GetValue(index) ?? 0,
        Int64Array huge => (int)(huge.GetValue(index) ?? 0),
        UInt8Array small => small.GetValue(index) ?? 0,
        UInt16Array medium => medium.GetValue(index) ?? 0,
        UInt32Array large => (int)(large.GetValue(index) ?? 0),
        _ => 0,
    };

    private static string? Moment(TimestampArray moments, int index)
    {
        if (moments.GetTimestamp(index) is not { } moment) return null;
        var zoned = ((TimestampType)moments.Data.DataType).Timezone is { Length: > 0 };
        var wallClock = zoned ? PlatformTime.ToLocal(moment) : moment.UtcDateTime;
        return wallClock.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }
}
