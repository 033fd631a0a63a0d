using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using HealthExchange.Metrics.Summaries;

namespace HealthExchange.Api.Formats;

/// <summary>
/// Summaries as an Arrow IPC stream (application/vnd.apache.arrow.stream): one record batch, a field per
/// <see cref="SummaryColumn"/>, its Chinese label in the field's metadata under "label_zh"; rates as float64.
/// </summary>
internal static class SummaryArrow
{
    public static Schema Schema { get; } = new(SummaryColumns.All.Select(column => new Field(column.Key, TypeOf(column.Type),
        nullable: true, metadata: [new KeyValuePair<string, string>("label_zh", column.LabelZh)])), metadata: null);

    public static async Task<byte[]> WriteAsync(IReadOnlyList<SummaryRow> rows, CancellationToken cancellationToken)
    {
        var arrays = SummaryColumns.All.Select(column => Build(column, rows)).ToList();
        using var batch = new RecordBatch(Schema, arrays, rows.Count);
        using var stream = new MemoryStream();
        using (var writer = new ArrowStreamWriter(stream, Schema, leaveOpen: true))
        {
            await writer.WriteRecordBatchAsync(batch, cancellationToken);
            await writer.WriteEndAsync(cancellationToken);
        }
        return stream.ToArray();
    }

    private static IArrowType TypeOf(SummaryValueType type) => type switch
    {
        SummaryValueType.Date => Date32Type.Default,
        SummaryValueType.Count => Int32Type.Default,
        SummaryValueType.Total => Int64Type.Default,
        SummaryValueType.Rate => DoubleType.Default,
        _ => StringType.Default,
    };

    private static IArrowArray Build(SummaryColumn column, IReadOnlyList<SummaryRow> rows)
    {
        var values = rows.Select(column.Value);
        switch (column.Type)
        {
            case SummaryValueType.Date:
                var dates = new Date32Array.Builder();
                foreach (var value in values) dates.Append((DateOnly)value!);
                return dates.Build();
            case SummaryValueType.Count:
                var ints = new Int32Array.Builder();
                foreach (var value in values) { if (value is int number) ints.Append(number); else ints.AppendNull(); }
                return ints.Build();
            case SummaryValueType.Total:
                var longs = new Int64Array.Builder();
                foreach (var value in values) { if (value is long number) longs.Append(number); else longs.AppendNull(); }
                return longs.Build();
            case SummaryValueType.Rate:
                var rates = new DoubleArray.Builder();
                foreach (var value in values) { if (value is decimal rate) rates.Append((double)rate); else rates.AppendNull(); }
                return rates.Build();
            default:
                var texts = new StringArray.Builder();
                foreach (var value in values) { if (value is string text) texts.Append(text); else texts.AppendNull(); }
                return texts.Build();
        }
    }
}
