using System.Globalization;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// The aggregate upkeep that rides on every statement that adds, moves or removes records (data-modifying CTEs): a CTE
/// named `facts` lists the records' contributions before (sign −1) and after (sign +1) the change — institution, event
/// time, first upload time and the batch of that first upload — and the upkeep moves by their sums the records per event
/// day and month and how many arrived within the real-time latency (hx.daily_records, hx.monthly_records), and the
/// 入库数据量 of the batch that holds each record's first upload (hx.batches.rows_inserted, and with it the upload
/// roll-ups, <see cref="LedgerFacts"/>). One statement, one transaction with the rows: the aggregates can never disagree with the data, and since
/// a contribution depends only on the record's current state, the figures do not depend on the order batches arrived.
/// Persons of the health-record tables are recounted by person (<see cref="RecountPersons"/>).
/// </summary>
internal static class RecordFacts
{
    private static readonly TableRole[] HealthRecordRoles =
        [TableRole.HealthRecordBasic, TableRole.HealthRecordHypertension, TableRole.HealthRecordDiabetes];

    /// <summary>A data row's contribution, for a RETURNING or SELECT over the data table (aliased) with the given sign.</summary>
    public static string Contribution(TableDefinition table, string alias, int sign) =>
        $"{alias}.{SystemColumns.Institution}, {alias}.{SqlNames.Quote(table.EventTime)}::timestamp AS event_time, " +
        $"{alias}.{SystemColumns.FirstUploadedAt}, {alias}.{SystemColumns.FirstBatchId}, {sign} AS sign";

    /// <summary>
    /// The same upkeep for rows a direct COPY inserted (<see cref="DirectCopy"/>): `facts` is then read from an array of
    /// the rows' event times sent as a parameter — $1 institution, $2 first upload time, $3 event times, $4 the batch —
    /// so both paths feed the aggregates through the very same SQL expressions.
    /// </summary>
    /// <remarks>
    /// The result counts the event days, not `facts`: the caller knows how many rows it sent, and a CTE read only once
    /// (by `by_day`) is folded into it instead of being written out row by row first (3.5 → 2 ms for 4,000 rows).
    /// </remarks>
    public static string FromArrays(TableDefinition table)
    {
        var eventType = SqlNames.SqlType(table.Column(table.EventTime).Type);
        return $"""
            WITH facts AS (
                SELECT $1::text AS {SystemColumns.Institution}, u.event_time::timestamp AS event_time, $2::timestamptz AS {SystemColumns.FirstUploadedAt},
                       $4::text AS {SystemColumns.FirstBatchId}, 1 AS sign
                FROM unnest($3::{eventType}[]) AS u(event_time))
            {Upkeep(table, "$4", otherBatches: false)}
            SELECT count(*) FROM by_day
            """;
    }

    /// <summary>Whether the table's person key can be sent as text exactly as PostgreSQL's ::text would print it.</summary>
    public static bool PersonKeyAsText(TableDefinition table) =>
        HealthRecordRole(table) is null || table.Column(table.PersonKey).Type.Kind is ColumnKind.String or ColumnKind.Code or ColumnKind.Integer;

    public static bool KeepsPersons(TableDefinition table) => HealthRecordRole(table) is not null;

    /// <summary>
    /// CTEs that consume `facts`, to follow it in a WITH clause. <paramref name="currentBatch"/> is the parameter holding
    /// the batch being loaded: its own 入库数据量 is the statement's result (the caller records it with the batch's other
    /// counts); every other batch that gains or loses a record's first upload is moved here. Only table batches count
    /// records: a CDA document counts itself once (docs/metrics.md). <paramref name="otherBatches"/> is false where every
    /// record's first upload is the current batch's by construction (the direct COPY of new keys): that step is then left out.
    /// </summary>
    public static string Upkeep(TableDefinition table, string currentBatch, bool otherBatches = true)
    {
        // Event times are Shanghai wall-clock values; first upload times are instants.
        var latency = table.Realtime is { } realtime
            ? string.Create(CultureInfo.InvariantCulture, $"interval '{(long)realtime.Latency.TotalSeconds} seconds'")
            : null;
        // The first test is implied by the second (no time zone is a day or more behind UTC) and needs no time-zone
        // lookup: rows uploaded long after their event, most of a backlog, skip the conversion to Shanghai time.
        var realtimeSum = latency is null
            ? "0"
            : $"coalesce(sum(sign) FILTER (WHERE ({SystemColumns.FirstUploadedAt} AT TIME ZONE 'UTC') - event_time <= {latency} + interval '1 day' " +
              $"AND {SystemColumns.FirstUploadedAt} - (event_time AT TIME ZONE 'Asia/Shanghai') <= {latency}), 0)";
        var firstBatches = !otherBatches ? "" : $"""
            , first_batches AS (
                UPDATE hx.batches AS b SET rows_inserted = b.rows_inserted + f.records
                FROM (SELECT {SystemColumns.Institution}, {SystemColumns.FirstBatchId}, sum(sign) AS records FROM facts
                      WHERE {SystemColumns.FirstBatchId} <> {currentBatch} GROUP BY 1, 2 HAVING sum(sign) <> 0) AS f
                WHERE b.institution_code = f.{SystemColumns.Institution} AND b.batch_id = f.{SystemColumns.FirstBatchId} AND b.source_kind = 'table'
                RETURNING {LedgerFacts.Added("b", inserted: "f.records")})
            , ledger_facts AS (SELECT * FROM first_batches)
            {LedgerFacts.Upkeep}
            """;
        // One pass over the rows, by event day; the months are summed from the days. The per-row work (the time-zone
        // conversion of the real-time rule) is then done once a row instead of once for the days and again for the months.
        return $"""
            , by_day AS (
                SELECT {SystemColumns.Institution}, event_time::date AS event_day, sum(sign) AS records, {realtimeSum} AS realtime_records
                FROM facts GROUP BY {SystemColumns.Institution}, event_time::date)
            , daily AS (
                INSERT INTO hx.daily_records AS d (institution_code, table_code, event_day, records, realtime_records)
                SELECT {SystemColumns.Institution}, '{table.Code}', event_day, records, realtime_records
                FROM by_day WHERE records <> 0 OR realtime_records <> 0
                ON CONFLICT (institution_code, table_code, event_day)
                DO UPDATE SET records = d.records + excluded.records, realtime_records = d.realtime_records + excluded.realtime_records)
            , monthly AS (
                INSERT INTO hx.monthly_records AS m (institution_code, table_code, month, records, realtime_records)
                SELECT {SystemColumns.Institution}, '{table.Code}', date_trunc('month', event_day::timestamp)::date, sum(records), sum(realtime_records)
                FROM by_day GROUP BY {SystemColumns.Institution}, date_trunc('month', event_day::timestamp)::date
                HAVING sum(records) <> 0 OR sum(realtime_records) <> 0
                ON CONFLICT (institution_code, table_code, month)
                DO UPDATE SET records = m.records + excluded.records, realtime_records = m.realtime_records + excluded.realtime_records)
            {firstBatches}
            """;
    }

    /// <summary>The statement's result column for the current batch's own 入库数据量 (records whose first upload it now holds).</summary>
    public static string CurrentBatchRecords(string currentBatch) =>
        $"(SELECT coalesce(sum(sign), 0) FROM facts WHERE {SystemColumns.FirstBatchId} = {currentBatch})::int";

    /// <summary>
    /// Recounts the persons given ($2, as text) of one institution ($1) in a health-record table: a person is counted from
    /// the Shanghai day of the earliest first upload among the records still stored for them, or not at all when none is
    /// left. Run after anything that adds, moves or removes such records; it moves hx.monthly_new_persons by the
    /// difference, so the cumulative totals are right whatever the order records arrived or went in.
    /// </summary>
    public static string RecountPersons(TableDefinition table)
    {
        var role = HealthRecordRole(table)?.ToWire() ?? throw new InvalidOperationException($"{table.Code} keeps no persons");
        var personKey = SqlNames.Quote(table.PersonKey);
        var keyType = SqlNames.SqlType(table.Column(table.PersonKey).Type);
        return $"""
            WITH touched AS (SELECT DISTINCT person_key FROM unnest($2::text[]) AS u(person_key) WHERE person_key IS NOT NULL)
            , fresh AS (
                SELECT tt.person_key, (SELECT min((t.{SystemColumns.FirstUploadedAt} AT TIME ZONE 'Asia/Shanghai')::date) FROM {SqlNames.DataTable(table)} AS t
                                       WHERE t.{SystemColumns.Institution} = $1 AND t.{personKey} = tt.person_key::{keyType}) AS day
                FROM touched AS tt)
            , change AS (
                SELECT f.person_key, p.first_upload_day AS old_day, f.day AS new_day
                FROM fresh AS f LEFT JOIN hx.health_record_persons AS p
                  ON p.institution_code = $1 AND p.role = '{role}' AND p.person_key = f.person_key
                WHERE p.first_upload_day IS DISTINCT FROM f.day)
            , gone AS (
                DELETE FROM hx.health_record_persons AS p USING change AS c
                WHERE p.institution_code = $1 AND p.role = '{role}' AND p.person_key = c.person_key AND c.new_day IS NULL)
            , kept AS (
                INSERT INTO hx.health_record_persons (institution_code, role, person_key, first_upload_day)
                SELECT $1, '{role}', person_key, new_day FROM change WHERE new_day IS NOT NULL
                ON CONFLICT (institution_code, role, person_key) DO UPDATE SET first_upload_day = excluded.first_upload_day)
            , moves AS (
                SELECT date_trunc('month', old_day)::date AS month, -1 AS persons FROM change WHERE old_day IS NOT NULL
                UNION ALL SELECT date_trunc('month', new_day)::date, 1 FROM change WHERE new_day IS NOT NULL)
            , monthly AS (
                INSERT INTO hx.monthly_new_persons AS m (institution_code, role, month, persons)
                SELECT $1, '{role}', month, sum(persons) FROM moves GROUP BY month HAVING sum(persons) <> 0
                ON CONFLICT (institution_code, role, month) DO UPDATE SET persons = m.persons + excluded.persons)
            SELECT count(*) FROM change
            """;
    }

    /// <summary>A table's person key as text, for the list <see cref="RecountPersons"/> takes.</summary>
    public static string PersonKeyText(TableDefinition table, string alias) => $"{alias}.{SqlNames.Quote(table.PersonKey)}::text";

    private static TableRole? HealthRecordRole(TableDefinition table) =>
        table.Roles.Where(role => HealthRecordRoles.Contains(role)).Select(role => (TableRole?)role).FirstOrDefault();
}
