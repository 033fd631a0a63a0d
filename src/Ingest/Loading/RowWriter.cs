using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Ingest.Loading;

/// <summary>Writes one accepted row to a binary COPY in <see cref="StagingTable.Columns"/> order.</summary>
internal sealed class RowWriter(TableDefinition table, BatchIdentity batch, string sourceKind = "table")
{
    private readonly NpgsqlDbType[] _types = table.Columns.Select(column => DbType(column.Type)).ToArray();
    private readonly DateTime _uploadedUtc = batch.UploadedAt.UtcDateTime;

    public async Task WriteAsync(NpgsqlBinaryImporter importer, ValidatedRow row, CancellationToken cancellationToken, string? documentId = null)
    {
        await importer.StartRowAsync(cancellationToken);
        await importer.WriteAsync(batch.Institution, NpgsqlDbType.Text, cancellationToken);
        for (var i = 0; i < _types.Length; i++)
        {
            if (row.Values[i] is { } value) await importer.WriteAsync(value, _types[i], cancellationToken);
            else await importer.WriteNullAsync(cancellationToken);
        }
        await importer.WriteAsync(batch.BatchId, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(row.RowNumber, NpgsqlDbType.Integer, cancellationToken);
        await importer.WriteAsync(_uploadedUtc, NpgsqlDbType.TimestampTz, cancellationToken);
        await importer.WriteAsync(_uploadedUtc, NpgsqlDbType.TimestampTz, cancellationToken);
        await importer.WriteAsync(sourceKind, NpgsqlDbType.Text, cancellationToken);
        if (documentId is null) await importer.WriteNullAsync(cancellationToken);
        else await importer.WriteAsync(documentId, NpgsqlDbType.Text, cancellationToken);
        await importer.WriteAsync(batch.BatchId, NpgsqlDbType.Text, cancellationToken);
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
