using HealthExchange.Metrics.Periods;
using Npgsql;

namespace HealthExchange.Metrics.Computation;

/// <summary>
/// The SQL behind each group of figures: whole months from the monthly roll-ups, the edge days from the daily
/// aggregates (<see cref="PeriodParts"/>), never the data rows or hx.batches.
/// </summary>
internal sealed class MetricSources(NpgsqlDataSource dataSource)
{
    public async Task<List<InstitutionRow>> InstitutionsAsync(string? kind, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT code, name, kind, upload_method, catalogue_id, affiliation FROM hx.institutions WHERE $1::text IS NULL OR kind = $1 ORDER BY code");
        command.Parameters.Add(new() { Value = (object?)kind ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var rows = new List<InstitutionRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new InstitutionRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        return rows;
    }

    /// <summary>数据上传量, 入库数据量, 数据上传天数, tables with accepted rows, dead letters — by upload day.</summary>
    public async Task<Dictionary<string, UploadFacts>> UploadsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var parts = PeriodParts.Of(period);
        var days = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var command = dataSource.CreateCommand($"""
            SELECT institution_code, sum(days)::int FROM (
                SELECT institution_code, days FROM hx.monthly_upload_days WHERE month >= $1 AND month < $2
                UNION ALL
                SELECT institution_code, 1 FROM hx.upload_days WHERE {PeriodParts.Edges("upload_day")}) d
            GROUP BY institution_code
            """))
        {
            parts.AddTo(command);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken)) days[reader.GetString(0)] = reader.GetInt32(1);
        }

        // One line per institution and table, so the per-table rows (检验检查上传量 picks its tables from the catalogue)
        // and the institution's totals come from the very same sums.
        await using var uploads = dataSource.CreateCommand($"""
            SELECT institution_code, coalesce(table_code, ''), sum(rows_received)::bigint, sum(rows_inserted)::bigint,
                   bool_or(source_kind = 'table' AND table_code <> '' AND rows_accepted > 0), sum(dead_letters)::bigint
            FROM (
                SELECT institution_code, table_code, source_kind, rows_received, rows_accepted, rows_inserted, dead_letters
                FROM hx.monthly_uploads WHERE month >= $1 AND month < $2
                UNION ALL
                SELECT institution_code, table_code, source_kind, rows_received, rows_accepted, rows_inserted, dead_letters
                FROM hx.daily_uploads WHERE {PeriodParts.Edges("upload_day")}) u
            GROUP BY institution_code, coalesce(table_code, '')
            """);
        parts.AddTo(uploads);
        var lines = new Dictionary<string, List<(string Table, long Received, long Inserted, bool Accepted, long DeadLetters)>>(StringComparer.Ordinal);
        await using (var rows = await uploads.ExecuteReaderAsync(cancellationToken))
            while (await rows.ReadAsync(cancellationToken))
            {
                var code = rows.GetString(0);
                if (!lines.TryGetValue(code, out var list)) lines[code] = list = [];
                list.Add((rows.GetString(1), rows.GetInt64(2), rows.GetInt64(3), !rows.IsDBNull(4) && rows.GetBoolean(4), rows.GetInt64(5)));
            }
        var result = new Dictionary<string, UploadFacts>(StringComparer.Ordinal);
        foreach (var (code, list) in lines)
            result[code] = new UploadFacts(list.Sum(line => line.Received), list.Sum(line => line.Inserted), days.GetValueOrDefault(code),
                list.Count(line => line.Accepted), list.Sum(line => line.DeadLetters))
            {
                ReceivedByTable = list.Where(line => line.Table.Length > 0).ToDictionary(line => line.Table, line => line.Received, StringComparer.Ordinal),
            };
        return result;
    }

    /// <summary>Distinct CDA document types received in the period.</summary>
    public async Task<Dictionary<string, int>> CdaDocumentTypesAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand("""
            SELECT institution_code, count(DISTINCT type_code)::int FROM hx.cda_documents
            WHERE upload_day >= $1 AND upload_day < $2 AND type_code IS NOT NULL GROUP BY institution_code
            """);
        command.Parameters.Add(new() { Value = period.From });
        command.Parameters.Add(new() { Value = period.To });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) result[reader.GetString(0)] = reader.GetInt32(1);
        return result;
    }

    /// <summary>Distinct loaded records and real-time arrivals per institution and table, by event day.</summary>
    public async Task<Dictionary<(string Institution, string Table), (long Records, long Realtime)>> RecordsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT institution_code, table_code, sum(records)::bigint, sum(realtime_records)::bigint FROM (
                SELECT institution_code, table_code, records, realtime_records FROM hx.monthly_records WHERE month >= $1 AND month < $2
                UNION ALL
                SELECT institution_code, table_code, records, realtime_records FROM hx.daily_records WHERE {PeriodParts.Edges("event_day")}) r
            GROUP BY institution_code, table_code
            """);
        PeriodParts.Of(period).AddTo(command);
        var result = new Dictionary<(string, string), (long, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) result[(reader.GetString(0), reader.GetString(1))] = (reader.GetInt64(2), reader.GetInt64(3));
        return result;
    }

    /// <summary>健康档案累计上传总量: distinct persons first uploaded before <paramref name="until"/> (whole months, then the days of the last).</summary>
    public async Task<Dictionary<(string Institution, string Role), long>> PersonsAsync(DateOnly until, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT institution_code, role, sum(n)::bigint FROM (
                SELECT institution_code, role, persons AS n FROM hx.monthly_new_persons WHERE month < $1
                UNION ALL
                SELECT institution_code, role, 1 FROM hx.health_record_persons WHERE first_upload_day >= $1 AND first_upload_day < $2) p
            GROUP BY institution_code, role
            """);
        command.Parameters.Add(new() { Value = PeriodParts.FirstOfMonth(until) });
        command.Parameters.Add(new() { Value = until });
        var result = new Dictionary<(string, string), long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) result[(reader.GetString(0), reader.GetString(1))] = reader.GetInt64(2);
        return result;
    }

    /// <summary>申明上传表: the number of tables in the declaration in force on <paramref name="day"/>; absent = 未反馈.</summary>
    public async Task<Dictionary<string, int>> DeclaredTablesAsync(DateOnly day, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT DISTINCT ON (institution_code) institution_code, cardinality(tables)
            FROM hx.declarations WHERE valid_from <= $1
            ORDER BY institution_code, valid_from DESC
            """);
        command.Parameters.Add(new() { Value = day });
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            if (!reader.IsDBNull(1)) result[reader.GetString(0)] = reader.GetInt32(1);
        return result;
    }

    /// <summary>平台累计校验入库数据: every row loaded by any institution before <paramref name="until"/>.</summary>
    public async Task<long> CumulativeRowsLoadedAsync(DateOnly until, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT coalesce((SELECT sum(rows_inserted) FROM hx.monthly_uploads WHERE month < $1), 0)
                 + coalesce((SELECT sum(rows_inserted) FROM hx.daily_uploads WHERE upload_day >= $1 AND upload_day < $2), 0)
            """);
        command.Parameters.Add(new() { Value = PeriodParts.FirstOfMonth(until) });
        command.Parameters.Add(new() { Value = until });
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
