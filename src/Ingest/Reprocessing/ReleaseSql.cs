using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Reprocessing;

/// <summary>
/// The statements that keep a release from undoing what happened after the batch: run on the staged rows
/// before the ordinary merge, each removes rows from staging and returns their row numbers.
/// </summary>
internal static class ReleaseSql
{
    /// <summary>
    /// Rows whose business key this batch already loaded from another of its rows: the batch rule that a key
    /// appears once (HX3001), which the first load would have applied had the row passed then.
    /// </summary>
    public static string TakeKeysLoadedFromSameBatch(TableDefinition table) =>
        $"DELETE FROM {StagingTable.Name} AS s USING {SqlNames.DataTable(table)} AS t WHERE {Match(table.BusinessKey)} " +
        $"AND t.{SystemColumns.BatchId} = s.{SystemColumns.BatchId} RETURNING s.{SystemColumns.RowNo}";

    /// <summary>Rows whose record a later upload already wrote: the newer content stays, the release changes nothing.</summary>
    public static string TakeSuperseded(TableDefinition table) =>
        $"DELETE FROM {StagingTable.Name} AS s USING {SqlNames.DataTable(table)} AS t WHERE {Match(table.BusinessKey)} " +
        $"AND t.{SystemColumns.UploadedAt} > s.{SystemColumns.UploadedAt} RETURNING s.{SystemColumns.RowNo}";

    private static string Match(IEnumerable<string> columns) =>
        string.Join(" AND ", new[] { SystemColumns.Institution }.Concat(columns.Select(SqlNames.Quote)).Select(column => $"t.{column} = s.{column}"));
}
