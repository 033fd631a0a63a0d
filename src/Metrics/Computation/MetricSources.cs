using HealthExchange.Metrics.Periods;
using Npgsql;

namespace HealthExchange.Metrics.Computation;

/// <summary>The SQL behind each group of figures, each a small indexed scan of an aggregate table.</summary>
internal sealed class MetricSources(NpgsqlDataSource dataSource)
{
    public async Task<List<InstitutionRow>> InstitutionsAsync(string? kind, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT code, name, kind, upload_method, catalogue_id FROM hx.institutions WHERE $1::text IS NULL OR kind = $1 ORDER BY code");
        command.Parameters.Add(new() { Value = (object?)kind ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        var rows = new List<InstitutionRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new InstitutionRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4)));
        return rows;
    }

    /// <summary>数据上传量, 入库数据量, 数据上传天数, tables with loaded rows, dead letters — by upload day.</summary>
    public async Task<Dictionary<string, UploadFacts>> UploadsAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT institution_code,
                   sum(rows_received)::bigint,
                   sum(rows_inserted)::bigint,
                   count(DISTINCT upload_day) FILTER (WHERE rows_received > 0)::int,
                   count(DISTINCT table_code) FILTER (WHERE source_kind = 'table' AND rows_accepted > 0)::int,
                   count(*) FILTER (WHERE status = 'dead_letter')::bigint
            FROM hx.batches WHERE upload_day >= $1 AND upload_day < $2
            GROUP BY institution_code
            """);
        command.Parameters.Add(new() { Value = period.From });
        command.Parameters.Add(new() { Value = period.To });
        var result = new Dictionary<string, UploadFacts>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            result[reader.GetString(0)] = new UploadFacts(reader.GetInt64(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt64(5));
        return result;
    }

    /// <summary>Distinct CDA document types received in the period (present once the CDA path is installed).</summary>
    public async Task<Dictionary<string, int>> CdaDocumentTypesAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        await using (var exists = dataSource.CreateCommand("SELECT to_regclass('hx.cda_documents') IS NOT NULL"))
            if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!) return result;
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
        await using var command = dataSource.CreateCommand("""
            SELECT institution_code, table_code, sum(records)::bigint, sum(realtime_records)::bigint
            FROM hx.daily_records WHERE event_day >= $1 AND event_day < $2
            GROUP BY institution_code, table_code
            """);
        command.Parameters.Add(new() { Value = period.From });
        command.Parameters.Add(new() { Value = period.To });
        var result = new Dictionary<(string, string), (long, long)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) result[(reader.GetString(0), reader.GetString(1))] = (reader.GetInt64(2), reader.GetInt64(3));
        return result;
    }

    /// <summary>健康档案累计上传总量: distinct persons first uploaded before <paramref name="until"/>.</summary>
    public async Task<Dictionary<(string Institution, string Role), long>> PersonsAsync(DateOnly until, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT institution_code, role, count(*)::bigint FROM hx.health_record_persons
            WHERE first_upload_day < $1 GROUP BY institution_code, role
            """);
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
        await using var command = dataSource.CreateCommand("SELECT coalesce(sum(rows_inserted), 0)::bigint FROM hx.batches WHERE upload_day < $1");
        command.Parameters.Add(new() { Value = until });
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
