using HealthExchange.Metrics.Periods;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Metrics.Expected;

/// <summary>hx.expected_volumes: imported per institution and month; read per summaries slice.</summary>
public sealed class ExpectedVolumeStore(NpgsqlDataSource dataSource)
{
    /// <summary>Inserts or replaces every line in one transaction; refuses the file when an institution is not registered.</summary>
    public async Task<int> ImportAsync(IReadOnlyList<ExpectedVolumes> volumes, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var volume in volumes)
        {
            await using var command = new NpgsqlCommand("""
                INSERT INTO hx.expected_volumes (institution_code, month, outpatient_visits, discharges, residents, hypertension_patients, diabetes_patients)
                SELECT $1, $2, $3, $4, $5, $6, $7 WHERE EXISTS (SELECT 1 FROM hx.institutions WHERE code = $1)
                ON CONFLICT (institution_code, month) DO UPDATE SET outpatient_visits = excluded.outpatient_visits, discharges = excluded.discharges,
                    residents = excluded.residents, hypertension_patients = excluded.hypertension_patients,
                    diabetes_patients = excluded.diabetes_patients, imported_at = now()
                """, connection, transaction);
            command.Parameters.Add(new() { Value = volume.Institution });
            command.Parameters.Add(new() { Value = volume.Month });
            foreach (var value in new[] { volume.OutpatientVisits, volume.Discharges, volume.Residents, volume.HypertensionPatients, volume.DiabetesPatients })
                command.Parameters.Add(new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
            if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
                throw new InvalidDataException($"institution '{volume.Institution}' is not registered (hx institutions list)");
        }
        await transaction.CommitAsync(cancellationToken);
        return volumes.Count;
    }

    /// <summary>
    /// The expectations of a slice made of whole months, per institution: flows summed (null when a month lacks one),
    /// stocks as of the last month. A slice that is not whole months (a day) has none: its rates are "/".
    /// </summary>
    public async Task<Dictionary<string, ExpectedVolumes>> ForAsync(ReportPeriod slice, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, ExpectedVolumes>(StringComparer.Ordinal);
        if (slice.From.Day != 1 || slice.To.Day != 1) return result;
        var months = (slice.To.Year - slice.From.Year) * 12 + slice.To.Month - slice.From.Month;
        await using var command = dataSource.CreateCommand("""
            SELECT institution_code,
                   CASE WHEN count(outpatient_visits) = $3 THEN sum(outpatient_visits) END::bigint,
                   CASE WHEN count(discharges) = $3 THEN sum(discharges) END::bigint,
                   (array_agg(residents ORDER BY month DESC))[1],
                   (array_agg(hypertension_patients ORDER BY month DESC))[1],
                   (array_agg(diabetes_patients ORDER BY month DESC))[1],
                   max(month) = ($2::date - interval '1 month')::date
            FROM hx.expected_volumes WHERE month >= $1 AND month < $2 GROUP BY institution_code
            """);
        command.Parameters.Add(new() { Value = slice.From });
        command.Parameters.Add(new() { Value = slice.To });
        command.Parameters.Add(new() { Value = (long)months });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            long? Value(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
            var lastMonthPresent = reader.GetBoolean(6);
            result[reader.GetString(0)] = new ExpectedVolumes(reader.GetString(0), slice.From, Value(1), Value(2),
                lastMonthPresent ? Value(3) : null, lastMonthPresent ? Value(4) : null, lastMonthPresent ? Value(5) : null);
        }
        return result;
    }
}
