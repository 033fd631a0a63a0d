using HealthExchange.Metrics.Periods;
using Npgsql;

namespace HealthExchange.Metrics.Computation;

/// <summary>
/// Computes the report from PostgreSQL: hx.batches holds one row per received batch with its counts and its
/// upload day in Asia/Shanghai, so a period is a range scan over batches, never over the data rows.
/// </summary>
public sealed class MetricsQuery(NpgsqlDataSource dataSource)
{
    public async Task<PlatformReport> ReportAsync(ReportPeriod period, string? kind, CancellationToken cancellationToken)
    {
        var rows = new List<InstitutionMetrics>();
        await using (var command = dataSource.CreateCommand("""
            SELECT i.code, i.name, i.kind, i.upload_method,
                   coalesce(sum(b.rows_received), 0)::bigint,
                   coalesce(sum(b.rows_inserted), 0)::bigint,
                   count(DISTINCT b.upload_day) FILTER (WHERE b.rows_received > 0)::int,
                   count(*) FILTER (WHERE b.status = 'dead_letter')::bigint
            FROM hx.institutions i
            LEFT JOIN hx.batches b ON b.institution_code = i.code AND b.upload_day >= $1 AND b.upload_day < $2
            WHERE $3::text IS NULL OR i.kind = $3
            GROUP BY i.code, i.name, i.kind, i.upload_method
            ORDER BY 5 DESC, i.code
            """))
        {
            command.Parameters.Add(new() { Value = period.From });
            command.Parameters.Add(new() { Value = period.To });
            command.Parameters.Add(new() { Value = (object?)kind ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(new InstitutionMetrics(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    reader.GetInt64(4), reader.GetInt64(5), reader.GetInt32(6), reader.GetInt64(7)));
        }

        await using var total = dataSource.CreateCommand("SELECT coalesce(sum(rows_inserted), 0)::bigint FROM hx.batches WHERE upload_day < $1");
        total.Parameters.Add(new() { Value = period.To });
        var cumulative = (long)(await total.ExecuteScalarAsync(cancellationToken))!;
        return new PlatformReport(period, kind, rows, rows.Sum(row => row.RowsUploaded), rows.Sum(row => row.RowsLoaded), cumulative);
    }
}
