using System.Text;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// The statement that retracts records (docs/metrics.md "A record's life"). `requests` (a CTE the caller writes) names
/// them by business key with a row number each; a stored record older than the retraction's version ($2 upload time,
/// $1 batch, the row number) is removed from the data table and so from every figure (its contribution −1, the
/// 入库数据量 of the batch that held its first upload −1), its values go to hx.record_versions, a tombstone keeps the key
/// retracted against older versions that arrive later, and every request is audited in hx.retractions with what came
/// of it. $3 institution, $4 reason. Yields (retracted, not retracted, the persons to recount or NULL).
/// </summary>
internal static class RetractionSql
{
    public const string StageName = "hx_retract";

    /// <summary>The temporary table a retraction batch's rows are COPYed into: the institution, the key columns, the row.</summary>
    public static string CreateStage(TableDefinition table)
    {
        var sql = new StringBuilder($"CREATE TEMP TABLE {StageName} ({SystemColumns.Institution} text NOT NULL");
        foreach (var column in table.BusinessKey.Select(table.Column))
            sql.Append(", ").Append(SqlNames.Quote(column.Name)).Append(' ').Append(SqlNames.SqlType(column.Type));
        return sql.Append($", {SystemColumns.RowNo} integer NOT NULL) ON COMMIT DROP").ToString();
    }

    public static string CopyStage(TableDefinition table) =>
        $"COPY {StageName} ({string.Join(", ", new[] { SystemColumns.Institution }.Concat(table.BusinessKey.Select(SqlNames.Quote)).Append(SystemColumns.RowNo))}) FROM STDIN (FORMAT BINARY)";

    /// <summary>The requests of a retraction batch: its staged rows.</summary>
    public static string StagedRequests(TableDefinition table) =>
        $"SELECT r.*, {RecordKey.Json(table, "r")} AS record_key FROM {StageName} AS r";

    /// <summary>
    /// The requests of a CDA document that replaces another ($5, the earlier one's id), run after the new document's own
    /// rows were merged: every record still stored from the earlier document is one the new one did not yield again
    /// (those it did were corrected by the merge and now name the new document).
    /// </summary>
    public static string ReplacedDocumentRequests(TableDefinition table)
    {
        var keys = string.Join(", ", DataTableDdl.KeyColumns(table).Select(column => "t." + column));
        return $"SELECT {keys}, (row_number() OVER ())::int AS {SystemColumns.RowNo}, {RecordKey.Json(table, "t")} AS record_key " +
               $"FROM {SqlNames.DataTable(table)} AS t WHERE t.{SystemColumns.Institution} = $3 AND t.{SystemColumns.SourceDocumentId} = $5";
    }

    public static string Retract(TableDefinition table, string requests)
    {
        var persons = RecordFacts.KeepsPersons(table) ? "ARRAY(SELECT person_key FROM removed)" : "NULL::text[]";
        var personColumn = RecordFacts.KeepsPersons(table) ? $", {RecordFacts.PersonKeyText(table, "t")} AS person_key" : "";
        return $"""
            WITH requests AS ({requests})
            , found AS (
                SELECT {string.Join(", ", DataTableDdl.KeyColumns(table).Select(column => "t." + column))},
                       q.{SystemColumns.RowNo} AS request_row, q.record_key, t.{SqlNames.Quote(table.EventTime)}::timestamp AS stored_event,
                       t.{SystemColumns.FirstUploadedAt} AS stored_first_uploaded_at, t.{SystemColumns.FirstBatchId} AS stored_first_batch_id,
                       t.{SystemColumns.BatchId} AS stored_batch_id, t.{SystemColumns.RowNo} AS stored_row_no, t.{SystemColumns.UploadedAt} AS stored_uploaded_at,
                       to_jsonb(t) AS stored_json,
                       {RecordKey.Version("t")} < ($2::timestamptz, $1::text, q.{SystemColumns.RowNo}) AS removable
                FROM requests AS q JOIN {SqlNames.DataTable(table)} AS t ON {RecordKey.Match(table, "t", "q")})
            , removed AS (
                DELETE FROM {SqlNames.DataTable(table)} AS t USING found AS f
                WHERE {RecordKey.Match(table, "t", "f")} AND f.removable
                RETURNING {RecordFacts.Contribution(table, "t", -1)}{personColumn})
            , facts AS (SELECT {SystemColumns.Institution}, event_time, {SystemColumns.FirstUploadedAt}, {SystemColumns.FirstBatchId}, sign FROM removed)
            {RecordFacts.Upkeep(table, "$1")}
            , versions AS (
                INSERT INTO hx.record_versions (table_code, institution_code, record_key, batch_id, row_no, uploaded_at, event_time, content, fate, settled_by_batch)
                SELECT '{table.Code}', $3, record_key, stored_batch_id, stored_row_no, stored_uploaded_at, stored_event,
                       {RecordKey.Content("stored_json")}, 'retracted', $1 FROM found WHERE removable)
            , tombstones AS (
                INSERT INTO hx.tombstones AS ts (table_code, institution_code, record_key, retracted_at, retracted_batch_id, retracted_row_no, first_uploaded_at, first_batch_id)
                SELECT '{table.Code}', $3, q.record_key, $2, $1, q.{SystemColumns.RowNo}, f.stored_first_uploaded_at, f.stored_first_batch_id
                FROM requests AS q LEFT JOIN found AS f ON f.request_row = q.{SystemColumns.RowNo}
                WHERE f.request_row IS NULL OR f.removable
                ON CONFLICT (institution_code, table_code, record_key) DO UPDATE
                SET retracted_at = excluded.retracted_at, retracted_batch_id = excluded.retracted_batch_id, retracted_row_no = excluded.retracted_row_no
                WHERE (excluded.retracted_at, excluded.retracted_batch_id, excluded.retracted_row_no) > (ts.retracted_at, ts.retracted_batch_id, ts.retracted_row_no))
            , audit AS (
                INSERT INTO hx.retractions (table_code, institution_code, record_key, batch_id, row_no, retracted_at, reason, outcome, event_time)
                SELECT '{table.Code}', $3, q.record_key, $1, q.{SystemColumns.RowNo}, $2, $4,
                       CASE WHEN f.request_row IS NULL THEN 'not_found' WHEN f.removable THEN 'retracted' ELSE 'older_than_record' END, f.stored_event
                FROM requests AS q LEFT JOIN found AS f ON f.request_row = q.{SystemColumns.RowNo})
            SELECT (SELECT count(*) FROM found WHERE removable)::int, (SELECT count(*) FROM requests)::int - (SELECT count(*) FROM found WHERE removable)::int,
                   {persons}
            """;
    }
}
