using System.Text;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// The per-load temporary table rows are COPYed into, and the statements that merge it into a data table (run in this
/// order by <see cref="StagedMerge"/>). Its columns are spelled out rather than taken LIKE the data table: LIKE would hold
/// a lock on the data table for the whole load. The merge follows docs/metrics.md "A record's life": of all versions of
/// a record the newest upload is stored, the first upload time is the earliest ever seen, and every aggregate moves by
/// the difference a statement makes (<see cref="RecordFacts"/>). Parameter $1 is the batch being loaded.
/// </summary>
internal static class StagingTable
{
    public const string Name = "hx_stage";

    public static IReadOnlyList<string> Columns(TableDefinition table) =>
        new[] { SystemColumns.Institution }.Concat(table.Columns.Select(column => column.Name)).Concat(SystemColumns.Loaded).ToList();

    /// <summary>
    /// The staging table, dropped first if the transaction already has one: a CDA document fills several tables in one
    /// transaction, and a group commit (<see cref="LoadGroup"/>) stages several batches in one. Two statements, one round trip.
    /// </summary>
    public static string Create(TableDefinition table)
    {
        var sql = new StringBuilder($"DROP TABLE IF EXISTS pg_temp.{Name}; CREATE TEMP TABLE {Name} ({SystemColumns.Institution} text NOT NULL");
        foreach (var column in table.Columns)
            sql.Append(", ").Append(SqlNames.Quote(column.Name)).Append(' ').Append(SqlNames.SqlType(column.Type));
        sql.Append($", {SystemColumns.BatchId} text, {SystemColumns.RowNo} integer, {SystemColumns.FirstUploadedAt} timestamptz, ")
           .Append($"{SystemColumns.UploadedAt} timestamptz, {SystemColumns.SourceKind} text, {SystemColumns.SourceDocumentId} text, {SystemColumns.FirstBatchId} text) ON COMMIT DROP");
        return sql.ToString();
    }

    public static string CopyCommand(TableDefinition table) =>
        $"COPY {Name} ({string.Join(", ", Columns(table).Select(SqlNames.Quote))}) FROM STDIN (FORMAT BINARY)";

    /// <summary>Whether any key of the institution ($1) in this table was ever retracted: only then are tombstones consulted.</summary>
    public static string AnyTombstone(TableDefinition table) =>
        $"SELECT EXISTS (SELECT 1 FROM hx.tombstones WHERE institution_code = $1 AND table_code = '{table.Code}')";

    /// <summary>
    /// Against the tombstones of retracted keys: every staged version takes the earliest first upload ever seen of its key;
    /// a version older than the retraction stays out (kept in hx.record_versions as stale, its upload time remembered); a
    /// newer one brings the record back, and its tombstone goes. Three statements; the second yields how many stayed out.
    /// </summary>
    public static IReadOnlyList<string> SettleTombstones(TableDefinition table)
    {
        var tombstone = $"ts.institution_code = s.{SystemColumns.Institution} AND ts.table_code = '{table.Code}' AND ts.record_key = {RecordKey.Json(table, "s")}";
        return [$"""
            UPDATE {Name} AS s SET {SystemColumns.FirstUploadedAt} = ts.first_uploaded_at, {SystemColumns.FirstBatchId} = ts.first_batch_id
            FROM hx.tombstones AS ts
            WHERE {tombstone} AND ts.first_uploaded_at IS NOT NULL
              AND (ts.first_uploaded_at, ts.first_batch_id) < (s.{SystemColumns.FirstUploadedAt}, s.{SystemColumns.FirstBatchId})
            """, $"""
            WITH stale AS (
                DELETE FROM {Name} AS s USING hx.tombstones AS ts
                WHERE {tombstone} AND {RecordKey.Version("s")} < (ts.retracted_at, ts.retracted_batch_id, ts.retracted_row_no)
                RETURNING s.*, to_jsonb(s) AS row_json, ts.record_key)
            , remembered AS (
                UPDATE hx.tombstones AS ts SET first_uploaded_at = st.{SystemColumns.FirstUploadedAt}, first_batch_id = st.{SystemColumns.FirstBatchId}
                FROM stale AS st WHERE ts.institution_code = st.{SystemColumns.Institution} AND ts.table_code = '{table.Code}' AND ts.record_key = st.record_key)
            , logged AS (
                INSERT INTO hx.record_versions (table_code, institution_code, record_key, batch_id, row_no, uploaded_at, event_time, content, fate, settled_by_batch)
                SELECT '{table.Code}', {SystemColumns.Institution}, record_key, {SystemColumns.BatchId}, {SystemColumns.RowNo}, {SystemColumns.UploadedAt},
                       {SqlNames.Quote(table.EventTime)}::timestamp, {RecordKey.Content("row_json")}, 'stale', $1 FROM stale)
            SELECT count(*)::int FROM stale
            """, $"DELETE FROM hx.tombstones AS ts USING {Name} AS s WHERE {tombstone}"];
    }

    /// <summary>
    /// Versions of records already stored: a newer one replaces the stored values (its event time may move the record to
    /// another day or month), an older one only lends its earlier upload time; the version set aside goes to
    /// hx.record_versions. The aggregates move by old contribution −1, new +1. Yields (updated: newer with other values,
    /// stale: older than the stored one with other values, the batch's own 入库数据量 change, the persons to recount or NULL).
    /// A version with the stored values, newer or older, is unchanged: it only takes the newer place in the order.
    /// </summary>
    public static string MergeExisting(TableDefinition table)
    {
        var keys = DataTableDdl.KeyColumns(table).ToList();
        var content = table.Columns.Select(column => SqlNames.Quote(column.Name)).Where(column => !keys.Contains(column)).ToList();
        var eventTime = SqlNames.Quote(table.EventTime);
        var updates = content.Select(column => $"{column} = m.{column}")
            .Concat(new[] { SystemColumns.BatchId, SystemColumns.RowNo, SystemColumns.UploadedAt, SystemColumns.SourceKind, SystemColumns.SourceDocumentId }
                .Select(column => $"{column} = m.{column}"))
            .Append($"{SystemColumns.FirstUploadedAt} = CASE WHEN m.earlier THEN m.{SystemColumns.FirstUploadedAt} ELSE t.{SystemColumns.FirstUploadedAt} END")
            .Append($"{SystemColumns.FirstBatchId} = CASE WHEN m.earlier THEN m.{SystemColumns.FirstBatchId} ELSE t.{SystemColumns.FirstBatchId} END")
            .Append($"{SystemColumns.LoadedAt} = now()");
        var differs = content.Count == 0
            ? "false"
            : $"({string.Join(", ", content.Select(column => "t." + column))}) IS DISTINCT FROM ({string.Join(", ", content.Select(column => "s." + column))})";
        var persons = RecordFacts.KeepsPersons(table)
            ? $"ARRAY(SELECT old_person FROM matched UNION SELECT {RecordFacts.PersonKeyText(table, "s")} FROM {Name} AS s)"
            : "NULL::text[]";
        var oldPerson = RecordFacts.KeepsPersons(table) ? $", {RecordFacts.PersonKeyText(table, "t")} AS old_person" : "";
        return $"""
            WITH matched AS (
                -- The versions' values as JSON only where one is set aside with other values (CASE is evaluated lazily).
                SELECT s.*, CASE WHEN {differs} THEN to_jsonb(s) END AS new_json, CASE WHEN {differs} THEN to_jsonb(t) END AS old_json,
                       t.{eventTime}::timestamp AS old_event,
                       t.{SystemColumns.BatchId} AS old_batch_id, t.{SystemColumns.RowNo} AS old_row_no, t.{SystemColumns.UploadedAt} AS old_uploaded_at,
                       t.{SystemColumns.FirstUploadedAt} AS old_first_uploaded_at, t.{SystemColumns.FirstBatchId} AS old_first_batch_id{oldPerson},
                       {RecordKey.Version("s")} > {RecordKey.Version("t")} AS wins,
                       {differs} AS differs,
                       (s.{SystemColumns.FirstUploadedAt}, s.{SystemColumns.FirstBatchId}) < (t.{SystemColumns.FirstUploadedAt}, t.{SystemColumns.FirstBatchId}) AS earlier
                FROM {Name} AS s JOIN {SqlNames.DataTable(table)} AS t ON {RecordKey.Match(table, "t", "s")})
            , newer AS (
                UPDATE {SqlNames.DataTable(table)} AS t SET {string.Join(", ", updates)}
                FROM matched AS m WHERE {RecordKey.Match(table, "t", "m")} AND m.wins
                RETURNING {RecordFacts.Contribution(table, "t", 1)})
            , older AS (
                UPDATE {SqlNames.DataTable(table)} AS t SET {SystemColumns.FirstUploadedAt} = m.{SystemColumns.FirstUploadedAt}, {SystemColumns.FirstBatchId} = m.{SystemColumns.FirstBatchId}
                FROM matched AS m WHERE {RecordKey.Match(table, "t", "m")} AND NOT m.wins AND m.earlier
                RETURNING {RecordFacts.Contribution(table, "t", 1)})
            , facts AS (
                SELECT {SystemColumns.Institution}, old_event AS event_time, old_first_uploaded_at AS {SystemColumns.FirstUploadedAt},
                       old_first_batch_id AS {SystemColumns.FirstBatchId}, -1 AS sign
                FROM matched WHERE wins OR earlier
                UNION ALL SELECT * FROM newer UNION ALL SELECT * FROM older)
            {RecordFacts.Upkeep(table, "$1")}
            , versions AS (
                INSERT INTO hx.record_versions (table_code, institution_code, record_key, batch_id, row_no, uploaded_at, event_time, content, fate, settled_by_batch)
                SELECT '{table.Code}', {SystemColumns.Institution}, {RecordKey.Json(table, "m")}, old_batch_id, old_row_no, old_uploaded_at, old_event,
                       {RecordKey.Content("old_json")}, 'superseded', $1 FROM matched AS m WHERE wins AND differs
                UNION ALL
                SELECT '{table.Code}', {SystemColumns.Institution}, {RecordKey.Json(table, "m")}, {SystemColumns.BatchId}, {SystemColumns.RowNo}, {SystemColumns.UploadedAt},
                       {eventTime}::timestamp, {RecordKey.Content("new_json")}, 'stale', $1 FROM matched AS m WHERE NOT wins AND differs)
            SELECT (SELECT count(*) FROM matched WHERE wins AND differs)::int, (SELECT count(*) FROM matched WHERE NOT wins AND differs)::int,
                   {RecordFacts.CurrentBatchRecords("$1")}, {persons}
            """;
    }

    /// <summary>Then the new records: every staged row whose key is not stored yet. Yields (rows inserted, the batch's own 入库数据量 of them).</summary>
    public static string InsertNew(TableDefinition table)
    {
        var columns = string.Join(", ", Columns(table).Select(SqlNames.Quote));
        return $"""
            WITH facts AS (
                INSERT INTO {SqlNames.DataTable(table)} AS t ({columns}) SELECT {columns} FROM {Name}
                ON CONFLICT ({string.Join(", ", DataTableDdl.KeyColumns(table))}) DO NOTHING
                RETURNING {RecordFacts.Contribution(table, "t", 1)})
            {RecordFacts.Upkeep(table, "$1")}
            SELECT (SELECT count(*) FROM facts)::int, {RecordFacts.CurrentBatchRecords("$1")}
            """;
    }
}
