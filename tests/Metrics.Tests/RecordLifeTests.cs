using System.Text;
using System.Text.Json;
using HealthExchange.Host.Demo;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Publishing;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Metrics.Tests;

/// <summary>
/// A record's life (docs/metrics.md): corrections that move the event time across a day, a month and the real-time
/// limit; a backlog re-sent after newer data; retractions before and after the record, and a record sent again after
/// its retraction; persons whose first upload moves earlier or whose only record goes. One world of batches with
/// known answers, then the same batches in 20 random orders with random redeliveries: every report and every stored
/// row and aggregate must be identical.
/// </summary>
public sealed class RecordLifeTests : IAsyncLifetime
{
    private const string Hospital = "H320100001";
    private const string District = "320116";
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private sealed record Step(string Name, string Institution, string Table, DateTimeOffset UploadedAt, byte[] Payload, bool Retraction);

    private static TableDefinition Table(InstitutionKind kind, string code) =>
        Some.Catalogues.For(kind).TryGetTable(code, out var table) ? table : throw new ArgumentException(code);

    private static DateTime At(int month, int day, int hour = 9, int minute = 0, int second = 0) => new(2022, month, day, hour, minute, second);

    private static Step Visits(string name, DateTimeOffset uploadedAt, params (string Key, DateTime At, string Diagnosis)[] visits) =>
        new(name, Hospital, "outpatient_visit", uploadedAt, Some.OutpatientCsv([.. visits.Select(visit =>
        {
            var row = Some.OutpatientRow(visit.Key, visit.At);
            row["diagnosis_name"] = visit.Diagnosis;
            return row;
        })]), false);

    private static Step Retract(string name, string institution, string tableCode, InstitutionKind kind, DateTimeOffset uploadedAt, params string[] keys)
    {
        var table = Table(kind, tableCode);
        var shape = RetractionLoader.KeyShape(table);
        var rows = keys.Select(key => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [table.BusinessKey[0]] = key });
        return new Step(name, institution, tableCode, uploadedAt, Encoding.UTF8.GetBytes(Some.Csv(shape, rows)), true);
    }

    /// <summary>The world, in the order its upload times give (which is not the order it must be loaded in).</summary>
    private static List<Step> World()
    {
        var discharges = Table(InstitutionKind.Hospital, "inpatient_discharge");
        var persons = Table(InstitutionKind.District, "hr_person_basic");
        var synthetic = new SyntheticRows(new Random(13));
        Step Discharge(string name, DateTimeOffset uploadedAt, DateTime discharge) => new(name, Hospital, "inpatient_discharge", uploadedAt,
            Encoding.UTF8.GetBytes(Some.Csv(discharges, [Some.DischargeRow("X1", At(4, 20), discharge)])), false);
        Step Persons(string name, DateTimeOffset uploadedAt, params string[] keys) => new(name, District, "hr_person_basic", uploadedAt,
            Encoding.UTF8.GetBytes(Some.Csv(persons, keys.Select(key => (IReadOnlyDictionary<string, string>)synthetic.Row(persons, key, At(4, 1))))), false);
        return
        [
            // P2, a backlog of the district's records uploaded on 5 April, is sent after P1: R1's first upload is the 5th.
            Persons("P2", Some.Shanghai(2022, 4, 5, 10), "R1"),
            // B3, a backlog uploaded on 9 April: V4 in an older version than B1's, and V6.
            Visits("B3", Some.Shanghai(2022, 4, 9, 23), ("V4", At(4, 9, 10), "旧诊断"), ("V6", At(4, 9, 10), "感冒")),
            Visits("B1", Some.Shanghai(2022, 4, 10, 20), [.. Enumerable.Range(1, 5).Select(i => ($"V{i}", At(4, 10), "感冒"))]),
            Persons("P1", Some.Shanghai(2022, 4, 10, 10), "R1", "R2"),
            // B2 moves V1 a day back (and out of the real-time limit) and V2 into March.
            Visits("B2", Some.Shanghai(2022, 4, 12, 8), ("V1", At(4, 9), "感冒"), ("V2", At(3, 31, 23, 59, 59), "感冒")),
            // B4 brings V7, which the later retraction D1 removes wherever B4 falls.
            Visits("B4", Some.Shanghai(2022, 4, 14, 9), ("V7", At(4, 13), "感冒")),
            Retract("D1", Hospital, "outpatient_visit", InstitutionKind.Hospital, Some.Shanghai(2022, 4, 15, 10), "V5", "V7"),
            // B5 sends V5 again after its retraction: back, with its first upload still B1's.
            Visits("B5", Some.Shanghai(2022, 4, 20, 10), ("V5", At(4, 10), "复诊")),
            Retract("PD", District, "hr_person_basic", InstitutionKind.District, Some.Shanghai(2022, 4, 20, 10), "R2"),
            // X1 discharged on the 28th, uploaded on the 30th (late); C2 corrects the discharge to the 30th, 08:00 (real time).
            Discharge("C1", Some.Shanghai(2022, 4, 30, 16), At(4, 28, 15)),
            Discharge("C2", Some.Shanghai(2022, 5, 2, 10), At(4, 30, 8)),
        ];
    }

    private async Task ApplyAsync(Step step)
    {
        var envelope = new TableEnvelope(new BatchIdentity(step.Institution, step.Name, step.UploadedAt), step.Table, BatchFormat.Csv, Encoding.UTF8)
        {
            Retraction = step.Retraction,
            Reason = step.Retraction ? "退号 / voided" : null,
        };
        var result = await _database.TableProcessor().ProcessAsync(envelope, step.Payload, CancellationToken.None);
        var outcome = result switch { LoadedBatch loaded => loaded.Outcome, DuplicateBatch duplicate => duplicate.Outcome, _ => throw new Xunit.Sdk.XunitException($"{step.Name}: {result}") };
        Assert.Equal(0, outcome.Quarantined);
    }

    private async Task<InstitutionMetrics> MetricsAsync(string period, string institution)
    {
        Assert.True(ReportPeriod.TryParse(period, out var parsed));
        var query = new MetricsQuery(_database.DataSource, Some.Catalogues, new MetricsOptions());
        return (await query.ReportAsync(parsed, null, CancellationToken.None)).Institutions.Single(row => row.Code == institution);
    }

    [Fact]
    public async Task Every_rule_of_a_records_life_gives_the_known_answers()
    {
        // In upload order, except that the retraction D1 arrives last of all.
        foreach (var step in World().OrderBy(step => step.Name == "D1" ? 1 : 0)) await ApplyAsync(step);

        var april = await MetricsAsync("2022-04", Hospital);
        // V1 (moved to the 9th), V3, V4, V5 (back after its retraction), V6; V2 moved to March; V7 retracted.
        Assert.Equal(5, april.OutpatientVisits);
        // Within 24 h of the first upload: V3, V4 (first uploaded by the backlog B3), V5, V6 — not V1, moved 35 h back.
        Assert.Equal(0.8m, april.OutpatientRealtimeRate);
        // 入库数据量 by the day of each record's first upload: B3 holds V4 and V6 (9 April), B1 V1, V2, V3 and V5, C1 X1.
        Assert.Equal(7, april.RowsLoaded);
        Assert.Equal(2, (await MetricsAsync("2022-04-09", Hospital)).RowsLoaded);
        Assert.Equal(4, (await MetricsAsync("2022-04-10", Hospital)).RowsLoaded);
        Assert.Equal(2, (await MetricsAsync("2022-04-09", Hospital)).OutpatientVisits); // V1 moved here, V6
        Assert.Equal(3, (await MetricsAsync("2022-04-10", Hospital)).OutpatientVisits); // V3, V4 (B1's newer version), V5
        var march = await MetricsAsync("2022-03", Hospital);
        Assert.Equal(1, march.OutpatientVisits);
        Assert.Null(march.OutpatientRealtimeRate); // "/": V2's first upload is ten days after its new time
        // X1 moved from the 28th (late) to the 30th 08:00, 8 h before its first upload: one discharge, real time.
        Assert.Equal(1, april.Discharges);
        Assert.Equal(1m, april.DischargeRealtimeRate);
        Assert.Equal(0, (await MetricsAsync("2022-04-28", Hospital)).Discharges);

        // R1 counted from 5 April (the backlog), R2 gone with its retraction.
        Assert.Equal(1, (await MetricsAsync("2022-04", District)).HealthRecordsBasic);
        Assert.Equal(1, (await MetricsAsync("2022-04-05", District)).HealthRecordsBasic);
        Assert.Equal(0, (await MetricsAsync("2022-04-04", District)).HealthRecordsBasic);

        // The retraction's audit and the history it leaves.
        Assert.Equal(2, await _database.ScalarAsync("SELECT count(*) FROM hx.retractions WHERE batch_id = 'D1'"));
        Assert.Equal(1, await _database.ScalarAsync("SELECT count(*) FROM hx.tombstones WHERE record_key = '{\"visit_no\": \"V7\"}'"));
        Assert.Equal(1, await _database.ScalarAsync("SELECT rows_retracted FROM hx.batches WHERE batch_id = 'D1' AND institution_code = $1", Hospital));
        Assert.Equal(0, await _database.ScalarAsync("SELECT rows_received FROM hx.batches WHERE batch_id = 'D1' AND institution_code = $1", Hospital));
        // D1 came last: V7 (older) went, V5 had already been sent again (B5, newer than D1) and stays.
        Assert.Equal(1, await _database.ScalarAsync("SELECT count(*) FROM hx.record_versions WHERE fate = 'retracted' AND record_key = '{\"visit_no\": \"V7\"}'"));
        Assert.Equal(1, await _database.ScalarAsync("SELECT count(*) FROM hx.retractions WHERE outcome = 'older_than_record' AND record_key = '{\"visit_no\": \"V5\"}'"));
        Assert.Equal(1, await _database.ScalarAsync("SELECT count(*) FROM hx.record_versions WHERE fate = 'superseded' AND record_key = '{\"visit_no\": \"V5\"}'"));
        Assert.Equal(0, await _database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no = 'V7'"));
    }

    [Fact]
    public async Task A_retraction_after_publication_shows_as_a_restatement_and_one_before_it_never_reaches_the_snapshot()
    {
        var world = World().Where(step => step.Name is "B1" or "D1").ToList();
        await ApplyAsync(world.Single(step => step.Name == "D1")); // before: V5 and V7 are not there yet — a tombstone only
        await ApplyAsync(world.Single(step => step.Name == "B1")); // B1 (older than D1) brings V5: it stays out
        Assert.True(ReportPeriod.TryParse("2022-04", out var april));
        var publisher = new ReportPublisher(_database.DataSource, new MetricsQuery(_database.DataSource, Some.Catalogues));
        Assert.True(await publisher.PublishAsync(april, "hospital", CancellationToken.None));
        Assert.Equal(4, (await MetricsAsync("2022-04", Hospital)).OutpatientVisits);

        // After publication: V1 is voided (退号).
        await ApplyAsync(Retract("D2", Hospital, "outpatient_visit", InstitutionKind.Hospital, Some.Shanghai(2022, 5, 3, 9), "V1"));
        var restated = await publisher.RestatementsAsync(april, "hospital", CancellationToken.None);
        var visits = Assert.Single(restated, r => r.Institution == Hospital && r.Column == "outpatientVisits");
        Assert.Equal(("4", "3"), (visits.Published, visits.Current));
        var loaded = Assert.Single(restated, r => r.Institution == Hospital && r.Column == "rowsLoaded");
        Assert.Equal(("4", "3"), (loaded.Published, loaded.Current)); // B1's 入库数据量 in April loses V1
        Assert.DoesNotContain(restated, r => r.Column == "rowsUploaded"); // a retraction uploads no data
    }

    [Fact]
    public async Task The_same_batches_in_twenty_orders_with_redeliveries_give_identical_reports_and_rows()
    {
        var world = World();
        string? expected = null;
        for (var order = 0; order < 20; order++)
        {
            await ResetAsync();
            var random = new Random(1000 + order);
            var steps = order == 0 ? world : [.. world.OrderBy(_ => random.Next())];
            foreach (var step in steps)
            {
                await ApplyAsync(step);
                if (random.Next(4) == 0) await ApplyAsync(step); // a redelivery
            }
            var state = await StateAsync();
            expected ??= state;
            Assert.True(expected == state, $"order {order} ({string.Join(' ', steps.Select(step => step.Name))}) differs:\n{FirstDifference(expected, state)}");
        }
    }

    /// <summary>Every figure of every period touched, and the stored rows and aggregates, as one text.</summary>
    private async Task<string> StateAsync()
    {
        var text = new StringBuilder();
        foreach (var period in new[] { "2022", "2022-03", "2022-04", "2022-05", "2022-04-05", "2022-04-09", "2022-04-10", "2022-04-13", "2022-04-28", "2022-04-30" })
        {
            Assert.True(ReportPeriod.TryParse(period, out var parsed));
            var report = await new MetricsQuery(_database.DataSource, Some.Catalogues, new MetricsOptions()).ReportAsync(parsed, null, CancellationToken.None);
            text.Append(period).Append(' ').AppendLine(JsonSerializer.Serialize(report.Institutions.Where(row => row.Code is Hospital or District)));
        }
        foreach (var query in new[]
        {
            "SELECT institution_code, visit_no, visit_time, diagnosis_name, first_uploaded_at, first_batch_id, batch_id FROM hx_data.outpatient_visit",
            "SELECT institution_code, inpatient_no, discharge_time, first_uploaded_at, first_batch_id FROM hx_data.inpatient_discharge",
            "SELECT institution_code, record_no, first_uploaded_at, first_batch_id, batch_id FROM hx_data.hr_person_basic",
            "SELECT * FROM hx.daily_records WHERE records <> 0 OR realtime_records <> 0",
            "SELECT * FROM hx.monthly_records WHERE records <> 0 OR realtime_records <> 0",
            "SELECT * FROM hx.health_record_persons",
            "SELECT * FROM hx.monthly_new_persons WHERE persons <> 0",
            "SELECT institution_code, batch_id, rows_received, rows_accepted, rows_inserted FROM hx.batches",
            "SELECT table_code, institution_code, record_key::text, retracted_at, first_uploaded_at, first_batch_id FROM hx.tombstones",
        })
            text.AppendLine(query).AppendLine(await DumpAsync(query));
        return text.ToString();
    }

    private async Task<string> DumpAsync(string query)
    {
        await using var command = _database.DataSource.CreateCommand(query);
        await using var reader = await command.ExecuteReaderAsync();
        var lines = new List<string>();
        while (await reader.ReadAsync())
            lines.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        lines.Sort(StringComparer.Ordinal);
        return string.Join('\n', lines);
    }

    private async Task ResetAsync()
    {
        await using var command = _database.DataSource.CreateCommand("""
            TRUNCATE hx_data.outpatient_visit, hx_data.inpatient_discharge, hx_data.hr_person_basic, hx.batches, hx.quarantine,
                     hx.daily_records, hx.monthly_records, hx.health_record_persons, hx.monthly_new_persons, hx.daily_uploads, hx.monthly_uploads,
                     hx.upload_days, hx.monthly_upload_days, hx.record_versions, hx.retractions, hx.tombstones
            """);
        await command.ExecuteNonQueryAsync();
    }

    private static string FirstDifference(string expected, string actual)
    {
        var (left, right) = (expected.Split('\n'), actual.Split('\n'));
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
            if (left[i] != right[i]) return $"line {i}:\n  expected {left[i]}\n  actual   {right[i]}";
        return "lengths differ";
    }
}
