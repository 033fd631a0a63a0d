using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Metrics.Alerts;

/// <summary>
/// The time series the alert rules read, from the aggregates the loader keeps (hx.upload_days, hx.daily_uploads,
/// hx.daily_records) and, for the table-vs-CDA rule only, from the visit table and hx.cda_documents. Table and
/// column names come from the catalogue and pass <see cref="SqlIdentifier"/> before they reach SQL.
/// </summary>
internal sealed class AlertSources(NpgsqlDataSource dataSource)
{
    // The loader's system columns on every data table (Ingest's SystemColumns; Metrics meets Ingest only in the
    // tables, so the two names are repeated here and a test checks they agree).
    internal const string SourceDocumentColumn = "source_document_id";
    internal const string InstitutionColumn = "institution_code";

    /// <summary>Per institution, its upload days within <paramref name="habitDays"/> up to its last upload on or before <paramref name="asOf"/>.</summary>
    public async Task<Dictionary<string, HashSet<DateOnly>>> HabitDaysAsync(DateOnly asOf, int habitDays, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            WITH last AS (SELECT institution_code, max(upload_day) AS last FROM hx.upload_days WHERE upload_day <= $1 GROUP BY institution_code)
            SELECT u.institution_code, u.upload_day FROM hx.upload_days u JOIN last l USING (institution_code)
            WHERE u.upload_day > l.last - $2 AND u.upload_day <= l.last
            """);
        command.Parameters.Add(new() { Value = asOf });
        command.Parameters.Add(new() { Value = habitDays });
        var result = new Dictionary<string, HashSet<DateOnly>>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var code = reader.GetString(0);
            if (!result.TryGetValue(code, out var days)) result[code] = days = [];
            days.Add(reader.GetFieldValue<DateOnly>(1));
        }
        return result;
    }

    /// <summary>Rows received per institution, table and upload day (table batches and CDA documents together).</summary>
    public async Task<Dictionary<(string Institution, string Table), Dictionary<DateOnly, long>>> DailyRowsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT institution_code, table_code, upload_day, sum(rows_received)::bigint FROM hx.daily_uploads
            WHERE table_code <> '' AND upload_day >= $1 AND upload_day < $2 GROUP BY 1, 2, 3
            """);
        command.Parameters.Add(new() { Value = from });
        command.Parameters.Add(new() { Value = to });
        var result = new Dictionary<(string, string), Dictionary<DateOnly, long>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetString(0), reader.GetString(1));
            if (!result.TryGetValue(key, out var days)) result[key] = days = [];
            days[reader.GetFieldValue<DateOnly>(2)] = reader.GetInt64(3);
        }
        return result;
    }

    /// <summary>Records and real-time arrivals per institution, table and event day, for the given tables (of one institution when given).</summary>
    public async Task<Dictionary<(string Institution, string Table), Dictionary<DateOnly, (long, long)>>> DailyRecordsAsync(
        IReadOnlyList<string> tables, DateOnly from, DateOnly to, CancellationToken cancellationToken, string? institution = null)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT institution_code, table_code, event_day, records, realtime_records FROM hx.daily_records
            WHERE table_code = ANY($1) AND event_day >= $2 AND event_day < $3 AND ($4::text IS NULL OR institution_code = $4)
            """);
        command.Parameters.Add(new() { Value = tables.ToArray() });
        command.Parameters.Add(new() { Value = from });
        command.Parameters.Add(new() { Value = to });
        command.Parameters.Add(new() { Value = (object?)institution ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var result = new Dictionary<(string, string), Dictionary<DateOnly, (long, long)>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = (reader.GetString(0), reader.GetString(1));
            if (!result.TryGetValue(key, out var days)) result[key] = days = [];
            days[reader.GetFieldValue<DateOnly>(2)] = (reader.GetInt64(3), reader.GetInt64(4));
        }
        return result;
    }

    /// <summary>Visit rows of one institution that no loaded C0002 document filled, by event day.</summary>
    public Task<Dictionary<DateOnly, long>> VisitRowsWithoutDocumentAsync(string institution, TableDefinition visits, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (table, eventTime) = Names(visits);
        return CountByDayAsync($"""
            SELECT {eventTime}::date, count(*) FROM hx_data.{table} v
            WHERE v.{InstitutionColumn} = $1 AND {eventTime} >= $2 AND {eventTime} < $3
              AND NOT EXISTS (SELECT 1 FROM hx.cda_documents d WHERE d.institution_code = $1 AND d.document_id = v.{SourceDocumentColumn}
                              AND d.type_code = 'C0002' AND d.status = 'loaded')
            GROUP BY 1
            """, institution, from, to, cancellationToken);
    }

    /// <summary>Loaded C0002 documents of one institution that left no row in the visit table, by upload day.</summary>
    public Task<Dictionary<DateOnly, long>> DocumentsWithoutVisitRowAsync(string institution, TableDefinition visits, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (table, _) = Names(visits);
        return CountByDayAsync($"""
            SELECT d.upload_day, count(*) FROM hx.cda_documents d
            WHERE d.institution_code = $1 AND d.type_code = 'C0002' AND d.status = 'loaded' AND d.upload_day >= $2 AND d.upload_day < $3
              AND NOT EXISTS (SELECT 1 FROM hx_data.{table} v WHERE v.{InstitutionColumn} = $1 AND v.{SourceDocumentColumn} = d.document_id)
            GROUP BY 1
            """, institution, from, to, cancellationToken);
    }

    private static (string Table, string EventTime) Names(TableDefinition table) =>
        SqlIdentifier.IsValid(table.Code) && SqlIdentifier.IsValid(table.EventTime)
            ? ($"\"{table.Code}\"", $"\"{table.EventTime}\"")
            : throw new InvalidOperationException($"'{table.Code}.{table.EventTime}' is not a catalogue identifier");

    private async Task<Dictionary<DateOnly, long>> CountByDayAsync(string sql, string institution, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = from });
        command.Parameters.Add(new() { Value = to });
        var result = new Dictionary<DateOnly, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) result[reader.GetFieldValue<DateOnly>(0)] = reader.GetInt64(1);
        return result;
    }
}
