using System.Diagnostics;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.TestSupport;

namespace HealthExchange.Benchmarks;

/// <summary>
/// How fast the report answers at platform scale: a year of aggregates for 200 institutions (100 hospitals,
/// 100 districts; 20 batches and 16 tables a day each; 10,000 registered persons per district), seeded straight
/// into the aggregate tables, then the year, a month and a day asked for both kinds. Target: a year well under 1 s.
/// </summary>
public static class MetricsBenchmark
{
    public static async Task<int> RunAsync(int runs)
    {
        await using var database = await TestDatabase.CreateAsync(seedInstitutions: false);
        var watch = Stopwatch.StartNew();
        await SeedAsync(database);
        Console.WriteLine($"seeded a year for 200 institutions in {watch.Elapsed.TotalSeconds:F0} s: " +
            $"{await database.ScalarAsync("SELECT count(*) FROM hx.batches"):N0} batches, " +
            $"{await database.ScalarAsync("SELECT count(*) FROM hx.daily_records"):N0} daily record rows, " +
            $"{await database.ScalarAsync("SELECT count(*) FROM hx.health_record_persons"):N0} persons");

        var query = new MetricsQuery(database.DataSource, Some.Catalogues);
        Console.WriteLine($"{"period",-12} {"kind",-10} {"median ms",10}");
        foreach (var period in new[] { "2022", "2022-04", "2022-04-15" })
            foreach (var kind in new[] { "hospital", "district" })
            {
                if (!ReportPeriod.TryParse(period, out var parsed)) throw new InvalidOperationException(period);
                var times = new List<double>();
                for (var i = 0; i < runs; i++)
                {
                    var run = Stopwatch.StartNew();
                    var report = await query.ReportAsync(parsed, kind, CancellationToken.None);
                    times.Add(run.Elapsed.TotalMilliseconds);
                    if (report.Institutions.Count != 100) throw new InvalidOperationException("unexpected institution count");
                }
                Console.WriteLine($"{period,-12} {kind,-10} {times.Order().ElementAt(runs / 2),10:F0}");
            }
        return 0;
    }

    private static async Task SeedAsync(TestDatabase database)
    {
        var hospitalTables = Some.Catalogues.For(Validation.Catalogues.InstitutionKind.Hospital).Tables.Take(16).Select(t => $"'{t.Code}'");
        foreach (var sql in new[]
        {
            """
            INSERT INTO hx.institutions (code, name, kind, upload_method, catalogue_id)
            SELECT 'B' || lpad(i::text, 4, '0'), '机构' || i, CASE WHEN i <= 100 THEN 'hospital' ELSE 'district' END, '数据表',
                   CASE WHEN i <= 100 THEN 'nanjing-hospital' ELSE 'nanjing-district' END
            FROM generate_series(1, 200) i
            """,
            "INSERT INTO hx.declarations (institution_code, valid_from, tables) SELECT code, '2021-01-01', ARRAY['outpatient_visit'] FROM hx.institutions",
            // Seeded in bulk: the roll-ups are rebuilt below by the migration's own backfill.
            """
            INSERT INTO hx.batches (institution_code, batch_id, table_code, format, status, uploaded_at, upload_day,
                                    rows_received, rows_accepted, rows_inserted, rows_quarantined)
            SELECT i.code, d::date || '-' || b, 'outpatient_visit', 'csv', 'loaded', d + interval '20 hours', d::date, 5000, 4990, 4990, 10
            FROM hx.institutions i, generate_series('2022-01-01'::timestamp, '2022-12-31', interval '1 day') d, generate_series(1, 20) b
            """,
            $"""
            INSERT INTO hx.daily_records (institution_code, table_code, event_day, records, realtime_records)
            SELECT i.code, t, d::date, 1500, 1400
            FROM hx.institutions i, generate_series('2022-01-01'::timestamp, '2022-12-31', interval '1 day') d,
                 unnest(ARRAY[{string.Join(", ", hospitalTables)}]) t
            """,
            """
            INSERT INTO hx.health_record_persons (institution_code, role, person_key, first_upload_day)
            SELECT i.code, r, i.code || '-' || p, '2022-01-01'::date + (p % 365)
            FROM hx.institutions i, unnest(ARRAY['health_record_basic', 'health_record_hypertension', 'health_record_diabetes']) r,
                 generate_series(1, CASE WHEN r = 'health_record_basic' THEN 10000 ELSE 1500 END) p
            WHERE i.kind = 'district'
            """,
            File.ReadAllText(Path.Combine(Validation.Catalogues.SchemaPaths.Sql, "012_rollups.sql")),
            "ANALYZE",
        })
        {
            await using var command = database.DataSource.CreateCommand(sql);
            command.CommandTimeout = 600;
            await command.ExecuteNonQueryAsync();
        }
    }
}
