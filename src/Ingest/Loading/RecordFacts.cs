using System.Globalization;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Ingest.Loading;

/// <summary>
/// The aggregate upkeep that rides on the insert of new records (data-modifying CTEs over its RETURNING):
/// new records per event day and month and how many arrived within the real-time latency (hx.daily_records,
/// hx.monthly_records), and the persons first seen in a health-record table (hx.health_record_persons,
/// hx.monthly_new_persons). One statement, one transaction
/// with the rows: the aggregates can never disagree with the data.
/// </summary>
internal static class RecordFacts
{
    private static readonly TableRole[] HealthRecordRoles =
        [TableRole.HealthRecordBasic, TableRole.HealthRecordHypertension, TableRole.HealthRecordDiabetes];

    /// <summary>What the insert must return for the aggregates.</summary>
    public static string Returning(TableDefinition table)
    {
        var returning = $"{SystemColumns.Institution}, {SqlNames.Quote(table.EventTime)} AS event_time, {SystemColumns.FirstUploadedAt}";
        return HealthRecordRole(table) is null ? returning : returning + $", {SqlNames.Quote(table.PersonKey)}::text AS person_key";
    }

    /// <summary>
    /// The same upkeep for rows a direct COPY inserted (<see cref="DirectCopy"/>): `inserted` is then read from arrays of
    /// the rows' event times (and person keys) sent as parameters — $1 institution, $2 first upload time, $3 event times,
    /// $4 person keys as text — so both paths feed the aggregates through the very same SQL expressions.
    /// </summary>
    public static string FromArrays(TableDefinition table)
    {
        var eventType = SqlNames.SqlType(table.Column(table.EventTime).Type);
        var inserted = HealthRecordRole(table) is null
            ? $"SELECT $1::text AS {SystemColumns.Institution}, u.event_time, $2::timestamptz AS {SystemColumns.FirstUploadedAt} FROM unnest($3::{eventType}[]) AS u(event_time)"
            : $"SELECT $1::text AS {SystemColumns.Institution}, u.event_time, $2::timestamptz AS {SystemColumns.FirstUploadedAt}, u.person_key " +
              $"FROM unnest($3::{eventType}[], $4::text[]) AS u(event_time, person_key)";
        return $"""
            WITH inserted AS ({inserted})
            {Upkeep(table)}
            SELECT count(*) FROM inserted
            """;
    }

    /// <summary>Whether the table's person key can be sent as text exactly as PostgreSQL's ::text would print it.</summary>
    public static bool PersonKeyAsText(TableDefinition table) =>
        HealthRecordRole(table) is null || table.Column(table.PersonKey).Type.Kind is ColumnKind.String or ColumnKind.Code or ColumnKind.Integer;

    public static bool KeepsPersons(TableDefinition table) => HealthRecordRole(table) is not null;

    /// <summary>CTEs that consume `inserted` (the insert's RETURNING), to follow the insert in a WITH clause.</summary>
    public static string Upkeep(TableDefinition table)
    {
        // Event times are Shanghai wall-clock values; first upload times are instants.
        var latency = table.Realtime is { } realtime
            ? string.Create(CultureInfo.InvariantCulture, $"interval '{(long)realtime.Latency.TotalSeconds} seconds'")
            : null;
        var realtimeCount = latency is null
            ? "0"
            : $"count(*) FILTER (WHERE {SystemColumns.FirstUploadedAt} - (event_time::timestamp AT TIME ZONE 'Asia/Shanghai') <= {latency})";
        var upkeep = $"""
            , daily AS (
                INSERT INTO hx.daily_records AS d (institution_code, table_code, event_day, records, realtime_records)
                SELECT {SystemColumns.Institution}, '{table.Code}', event_time::date, count(*), {realtimeCount}
                FROM inserted GROUP BY {SystemColumns.Institution}, event_time::date
                ON CONFLICT (institution_code, table_code, event_day)
                DO UPDATE SET records = d.records + excluded.records, realtime_records = d.realtime_records + excluded.realtime_records)
            , monthly AS (
                INSERT INTO hx.monthly_records AS m (institution_code, table_code, month, records, realtime_records)
                SELECT {SystemColumns.Institution}, '{table.Code}', date_trunc('month', event_time)::date, count(*), {realtimeCount}
                FROM inserted GROUP BY {SystemColumns.Institution}, date_trunc('month', event_time)::date
                ON CONFLICT (institution_code, table_code, month)
                DO UPDATE SET records = m.records + excluded.records, realtime_records = m.realtime_records + excluded.realtime_records)
            """;
        if (HealthRecordRole(table) is { } role)
            upkeep += $"""
                , persons AS (
                    INSERT INTO hx.health_record_persons (institution_code, role, person_key, first_upload_day)
                    SELECT {SystemColumns.Institution}, '{role.ToWire()}', person_key, min(({SystemColumns.FirstUploadedAt} AT TIME ZONE 'Asia/Shanghai')::date)
                    FROM inserted WHERE person_key IS NOT NULL GROUP BY {SystemColumns.Institution}, person_key
                    ON CONFLICT DO NOTHING
                    RETURNING institution_code, role, first_upload_day)
                , monthly_persons AS (
                    INSERT INTO hx.monthly_new_persons AS p (institution_code, role, month, persons)
                    SELECT institution_code, role, date_trunc('month', first_upload_day)::date, count(*) FROM persons GROUP BY 1, 2, 3
                    ON CONFLICT (institution_code, role, month) DO UPDATE SET persons = p.persons + excluded.persons)
                """;
        return upkeep;
    }

    private static TableRole? HealthRecordRole(TableDefinition table) =>
        table.Roles.Where(role => HealthRecordRoles.Contains(role)).Select(role => (TableRole?)role).FirstOrDefault();
}
