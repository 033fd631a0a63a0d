using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;

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
        for (var i = 0; i < _kinds.Length; i++) copy.WriteValue(_kinds[i], row.Values[i]);
        copy.WriteText(batch.BatchId);
        copy.WriteInt32(row.RowNumber);
        copy.WriteTimestamp(_uploadedUtc);
        copy.WriteTimestamp(_uploadedUtc);
        copy.WriteText(sourceKind);
        if (documentId is null) copy.WriteNull();
        else copy.WriteText(documentId);
        copy.WriteText(batch.BatchId);
    }
}
