using HealthExchange.Cda;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Ingest.Cda;

/// <summary>
/// Loads one checked document in one transaction: claims its hx.batches row first ('cda:' + document id, so a
/// redelivery finds it and changes nothing), merges its extracted rows into the catalogue tables through the
/// same staging and idempotent merge as table batches (source_kind 'cda', source_document_id), stores the
/// original in hx.cda_documents, and records the counts. A document is one unit: it passes whole (all its rows
/// load) or is rejected whole (none load, the document is kept with its issues). A passed document that replaces an
/// earlier one (relatedDocument RPLC) then retracts the earlier one's records it did not yield again, in the same
/// transaction (<see cref="RetractionSql.ReplacedDocumentRequests"/>).
/// </summary>
public sealed class CdaDocumentLoader(NpgsqlDataSource dataSource)
{
    public const string SourceKind = "cda";

    /// <param name="catalogue">The institution's catalogue: the tables an earlier document it replaces may have filled.</param>
    public async Task<LoadOutcome> LoadAsync(CdaEnvelope envelope, CdaResult result, byte[] original, TableCatalogue catalogue, CancellationToken cancellationToken)
    {
        var batch = envelope.Batch(result.DocumentId);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!await BatchLedger.TryClaimAsync(connection, batch, LedgerClaim.CdaDocument(), cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            var first = await BatchLedger.ReadOutcomeAsync(dataSource, batch, cancellationToken);
            return first with { RowsExtracted = first.Accepted == 1 ? await RowsExtractedAsync(batch, cancellationToken) : 0 };
        }

        // A replacement touches the tables of both documents: their locks are all taken first, in code order, as the
        // merges take theirs, so two loads never wait on each other in opposite orders.
        var replacing = result.Passed && result.ReplacesDocumentId is { } replacedId
            ? await ReplacementTablesAsync(connection, batch, result, replacedId, catalogue, cancellationToken)
            : [];
        foreach (var table in replacing) await StagedMerge.SerialiseAsync(connection, batch.Institution, table, cancellationToken);
        MergeCounts merged = default;
        if (result.Passed)
            foreach (var table in result.Tables.Where(table => table.Rows.Count > 0).OrderBy(table => table.Table.Code, StringComparer.Ordinal))
                merged += await MergeAsync(connection, batch, table, result.DocumentId, cancellationToken);
        var retracted = 0;
        foreach (var table in replacing) retracted += await RetractReplacedAsync(connection, batch, result.DocumentId, result.ReplacesDocumentId!, table, cancellationToken);
        await CdaDocumentStore.InsertAsync(connection, envelope.Institution, envelope.SenderBatchId, batch, result, original, cancellationToken);
        // An earlier document arriving after the one that replaces it: what the replacement did not yield again goes at
        // once, retracted in the replacement's name and place in the order, so the outcome does not depend on which of the
        // two arrived first. Its tables are locked already (by its merges).
        if (result.Passed && await ReplacedByAsync(connection, batch.Institution, result.DocumentId, cancellationToken) is { } replacer)
            foreach (var table in result.Tables.Where(table => table.Rows.Count > 0).Select(table => table.Table).OrderBy(table => table.Code, StringComparer.Ordinal))
                await RetractReplacedAsync(connection, replacer.Batch, replacer.DocumentId, result.DocumentId, table, cancellationToken);
        var outcome = new LoadOutcome(false, 1, result.Passed ? 1 : 0, merged.Inserted, merged.Updated, result.Passed ? 0 : 1, result.Warnings)
        {
            RowsExtracted = result.Passed ? result.RowsExtracted : 0,
            Stale = merged.Stale,
            Retracted = retracted,
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
        await using (var create = new NpgsqlCommand(StagingTable.Create(table), connection))
            await create.ExecuteNonQueryAsync(cancellationToken);
        await using (var copy = await BinaryCopyWriter.BeginAsync(connection, StagingTable.CopyCommand(table), cancellationToken))
        {
            var writer = new RowWriter(table, batch, SourceKind);
            foreach (var row in extracted.Rows) await writer.WriteAsync(copy, row, cancellationToken, documentId);
            await copy.CompleteAsync(cancellationToken);
        }
        return await StagedMerge.MergeAsync(connection, batch, table, cancellationToken);
    }

    /// <summary>
    /// Links both documents and names the tables either document's type fills, in code order: the earlier document's
    /// records there that the new one did not yield again are retracted (<see cref="RetractReplacedAsync"/>).
    /// </summary>
    private static async Task<List<TableDefinition>> ReplacementTablesAsync(NpgsqlConnection connection, BatchIdentity batch, CdaResult result,
        string replaced, TableCatalogue catalogue, CancellationToken cancellationToken)
    {
        await using var mark = new NpgsqlCommand(
            "UPDATE hx.cda_documents SET replaced_by_document_id = $3 WHERE institution_code = $1 AND document_id = $2 RETURNING type_code", connection);
        mark.Parameters.Add(new() { Value = batch.Institution });
        mark.Parameters.Add(new() { Value = replaced });
        mark.Parameters.Add(new() { Value = result.DocumentId });
        var types = new[] { await mark.ExecuteScalarAsync(cancellationToken) as string, result.TypeCode }.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. catalogue.Tables.Where(table => table.DocumentTypes.Any(types.Contains)).OrderBy(table => table.Code, StringComparer.Ordinal)];
    }

    /// <summary>
    /// One table's records of the replaced document leave every figure: a retraction by the replacing document's batch
    /// (its upload time, its id), its reason naming the replacement.
    /// </summary>
    private static async Task<int> RetractReplacedAsync(NpgsqlConnection connection, BatchIdentity replacing, string replacingDocument, string replaced,
        TableDefinition table, CancellationToken cancellationToken) =>
        (await RetractionLoader.ApplyAsync(connection, table, RetractionSql.ReplacedDocumentRequests(table), replacing,
            $"replaced by document {replacingDocument}", replaced, cancellationToken)).Retracted;

    /// <summary>The loaded document that names this one as replaced, if one arrived first; both are then linked.</summary>
    private static async Task<(string DocumentId, BatchIdentity Batch)?> ReplacedByAsync(NpgsqlConnection connection, string institution, string documentId,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            WITH replacer AS (
                SELECT document_id, uploaded_at FROM hx.cda_documents
                WHERE institution_code = $1 AND replaces_document_id = $2 AND status = 'loaded' ORDER BY uploaded_at DESC, document_id DESC LIMIT 1)
            , linked AS (
                UPDATE hx.cda_documents AS d SET replaced_by_document_id = r.document_id FROM replacer AS r
                WHERE d.institution_code = $1 AND d.document_id = $2)
            SELECT document_id, uploaded_at FROM replacer
            """, connection);
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = documentId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken)) return null;
        var replacer = reader.GetString(0);
        return (replacer, new BatchIdentity(institution, "cda:" + replacer, new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc))));
    }

    private async Task<int> RowsExtractedAsync(BatchIdentity batch, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT rows_extracted FROM hx.cda_documents WHERE institution_code = $1 AND document_id = $2");
        command.Parameters.Add(new() { Value = batch.Institution });
        command.Parameters.Add(new() { Value = batch.BatchId["cda:".Length..] });
        return await command.ExecuteScalarAsync(cancellationToken) is int rows ? rows : 0;
    }
}
