using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using NpgsqlTypes;

namespace HealthExchange.Ingest.Loading;

/// <summary>Writes one accepted row to a binary COPY in <see cref="StagingTable.Columns"/> order.</summary>
internal sealed class RowWriter(TableDefinition table, BatchIdentity batch, string sourceKind = "table")
{
    private readonly ColumnKind[] _kinds = table.Columns.Select(column => column.Type.Kind).ToArray();
    private readonly DateTime _uploadedUtc = batch.UploadedAt.UtcDateTime;
    // The institution, the catalogue's columns, then the system columns the loader writes.
    private readonly short _fields = (short)(1 + table.Columns.Count + SystemColumns.Loaded.Length);

    public async Task WriteAsync(BinaryCopyWriter copy, ValidatedRow row, CancellationToken cancellationToken, string? documentId = null)
    {
        await copy.StartRowAsync(_fields, cancellationToken);
        copy.WriteText(batch.Institution);
        for (var i = 0; i < _kinds.Length; i++) WriteValue(copy, _kinds[i], row.Values[i]);
        copy.WriteText(batch.BatchId);
        copy.WriteInt32(row.RowNumber);
        copy.WriteTimestamp(_uploadedUtc);
        copy.WriteTimestamp(_uploadedUtc);
        copy.WriteText(sourceKind);
        if (documentId is null) copy.WriteNull();
        else copy.WriteText(documentId);
        copy.WriteText(batch.BatchId);
    }

    /// <summary>A value as <see cref="ValueParser"/> types it for its column.</summary>
    private static void WriteValue(BinaryCopyWriter copy, ColumnKind kind, object? value)
    {
        switch (value)
        {
            case null: copy.WriteNull(); break;
            case string text when kind is ColumnKind.String or ColumnKind.Code: copy.WriteText(text); break;
            case long integer when kind is ColumnKind.Integer: copy.WriteInt64(integer); break;
            case decimal number when kind is ColumnKind.Decimal: copy.WriteNumeric(number); break;
            case DateOnly date when kind is ColumnKind.Date: copy.WriteDate(date); break;
            case DateTime moment when kind is ColumnKind.DateTime: copy.WriteTimestamp(moment); break;
            case bool flag when kind is ColumnKind.Boolean: copy.WriteBoolean(flag); break;
            default: throw new InvalidOperationException($"a {value.GetType().Name} value for a {kind} column");
        }
    }

    /// <summary>The binary COPY type of a catalogue column (the benchmarks' raw-COPY ceilings write with it too).</summary>
    internal static NpgsqlDbType DbType(ColumnType type) => type.Kind switch
    {
        ColumnKind.String or ColumnKind.Code => NpgsqlDbType.Varchar,
        ColumnKind.Integer => NpgsqlDbType.Bigint,
        ColumnKind.Decimal => NpgsqlDbType.Numeric,
        ColumnKind.Date => NpgsqlDbType.Date,
        ColumnKind.DateTime => NpgsqlDbType.Timestamp,
        ColumnKind.Boolean => NpgsqlDbType.Boolean,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
