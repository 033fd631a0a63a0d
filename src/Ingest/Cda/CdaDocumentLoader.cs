using HealthExchange.Cda;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using Npgsql;

namespace HealthExchange.Ingest.Cda;

/// <summary>
/// Loads one checked document in one transaction: claims its hx.batches row first ('cda:' + document id, so a
/// redelivery finds it and changes nothing), merges its extracted rows into the catalogue tables through the
/// same staging and idempotent merge as table batches (source_kind 'cda', source_document_id), stores the
/// original in hx.cda_documents, and records the counts. A document is one unit: it passes whole (all its rows
/// load) or is rejected whole (none load, the document is kept with its issues).
/// </summary>
public sealed class CdaDocumentLoader(NpgsqlDataSource dataSource)
{
    public const string SourceKind = "cda";

    public async Task<LoadOutcome> LoadAsync(CdaEnvelope envelope, CdaResult result, byte[] original, CancellationToken cancellationToken)
    {
        var batch = envelope.Batch(result.DocumentId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await BatchLedger.TryClaimAsync(connection, batch, null, SourceKind, cancellationToken, SourceKind))
        {
            await transaction.RollbackAsync(cancellationToken);
            var first = await BatchLedger.ReadOutcomeAsync(dataSource, batch, cancellationToken);
            return first with { RowsExtracted = first.Accepted == 1 ? await RowsExtractedAsync(batch, cancellationToken) : 0 };
        }

        MergeCounts merged = default;
        if (result.Passed)
            foreach (var table in result.Tables.Where(table => table.Rows.Count > 0).OrderBy(table => table.Table.Code, StringComparer.Ordinal))
                merged += await MergeAsync(connection, batch, table, result.DocumentId, cancellationToken);
        await CdaDocumentStore.InsertAsync(connection, envelope.Institution, envelope.SenderBatchId, batch, result, original, cancellationToken);
        var outcome = new LoadOutcome(false, 1, result.Passed ? 1 : 0, merged.Inserted, merged.Updated, result.Passed ? 0 : 1, result.Warnings)
        {
            RowsExtracted = result.Passed ? result.RowsExtracted : 0,
        };
        // The ledger (and so 入库数据量) counts the document itself, as the platform counts CDA uploads: one document
        // received, one loaded when it passed. The rows it yielded are in hx.cda_documents and the receipt.
        await BatchLedger.RecordCountsAsync(connection, batch, outcome with { Inserted = result.Passed ? 1 : 0, Updated = 0 }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    private static async Task<MergeCounts> MergeAsync(NpgsqlConnection connection, BatchIdentity batch, ExtractedTable extracted,
        string documentId, CancellationToken cancellationToken)
    {
        var table = extracted.Table;
        // One staging table at a time: a document may fill several tables inside one transaction.
        await using (var create = new NpgsqlCommand($"DROP TABLE IF EXISTS pg_temp.{StagingTable.Name}; {StagingTable.Create(table)}", connection))
            await create.ExecuteNonQueryAsync(cancellationToken);
        await using (var importer = await connection.BeginBinaryImportAsync(StagingTable.CopyCommand(table), cancellationToken))
        {
            var writer = new RowWriter(table, batch, SourceKind);
            foreach (var row in extracted.Rows) await writer.WriteAsync(importer, row, cancellationToken, documentId);
            await importer.CompleteAsync(cancellationToken);
        }
        return await StagedMerge.MergeAsync(connection, batch, table, cancellationToken);
    }

    private async Task<int> RowsExtractedAsync(BatchIdentity batch, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT rows_extracted FROM hx.cda_documents WHERE institution_code = $1 AND document_id = $2");
        command.Parameters.Add(new() { Value = batch.Institution });
        command.Parameters.Add(new() { Value = batch.BatchId["cda:".Length..] });
        return await command.ExecuteScalarAsync(cancellationToken) is int rows ? rows : 0;
    }
}
