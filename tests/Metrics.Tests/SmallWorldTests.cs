using System.Text;
using HealthExchange.Host.Demo;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Registry;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Publishing;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Metrics.Tests;

/// <summary>
/// A small world with known answers, built here (not copied from the reference tables) and reproduced cell
/// for cell: late records, a redelivered batch, a corrected row, 23:59:59 and 00:00:01 Shanghai time, the "/"
/// case, the x/11 threshold, a declaration that changes mid-month, a month published and then restated.
/// </summary>
public sealed class SmallWorldTests : IAsyncLifetime
{
    private const string Hospital = "H320100001";
    private TestDatabase _database = null!;
    private readonly SyntheticRows _rows = new(new Random(7));

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var clear = _database.DataSource.CreateCommand("DELETE FROM hx.declarations");
        await clear.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private static TableDefinition Table(string code) => Some.HospitalCatalogue.TryGetTable(code, out var table) ? table : throw new ArgumentException(code);

    private Task<LoadOutcome> Visits(string batch, DateTimeOffset uploadedAt, params (string Key, DateTime At)[] visits) =>
        Load("outpatient_visit", batch, uploadedAt, visits.Select(v => Some.OutpatientRow(v.Key, v.At)).ToArray());

    private Task<LoadOutcome> Discharges(string batch, DateTimeOffset uploadedAt, params (string Key, DateTime At)[] discharges) =>
        Load("inpatient_discharge", batch, uploadedAt, discharges.Select(d => _rows.Row(Table("inpatient_discharge"), d.Key, d.At)).ToArray());

    private async Task<LoadOutcome> Load(string tableCode, string batch, DateTimeOffset uploadedAt, Dictionary<string, string>[] rows)
    {
        var table = Table(tableCode);
        var loader = new BatchLoader(_database.DataSource);
        using var reader = new CsvTableReader(table, new MemoryStream(Encoding.UTF8.GetBytes(Some.Csv(table, rows))), Encoding.UTF8);
        var outcome = await loader.LoadAsync(new BatchIdentity(Hospital, batch, uploadedAt), table, "csv",
            BatchValidator.Validate(table, reader, ValidationContext.At(uploadedAt)), reader.HeaderIssues, CancellationToken.None);
        Assert.Equal(0, outcome.Quarantined);
        return outcome;
    }

    private async Task<InstitutionMetrics> Metrics(string period, decimal minimumShare = 0.01m)
    {
        Assert.True(ReportPeriod.TryParse(period, out var parsed));
        var query = new MetricsQuery(_database.DataSource, Some.Catalogues, new MetricsOptions { RealtimeFormMinimumShare = minimumShare });
        return (await query.ReportAsync(parsed, "hospital", CancellationToken.None)).Institutions.Single(row => row.Code == Hospital);
    }

    private static DateTime April(int day, int hour = 9, int minute = 0, int second = 0) => new(2022, 4, day, hour, minute, second);

    private async Task BuildApril()
    {
        // A: five visits on 10 April, uploaded that evening: all within the 24 h real-time limit.
        await Visits("A", Some.Shanghai(2022, 4, 10, 20), [.. Enumerable.Range(0, 5).Select(i => ($"A{i}", April(10, 9, i)))]);
        // A again: a redelivery changes nothing.
        Assert.True((await Visits("A", Some.Shanghai(2022, 4, 11, 8), ("A0", April(10, 9, 0)))).Duplicate);
        // B: two visits uploaded at 23:59:59 on the last day of April (real time).
        await Visits("B", Some.Shanghai(2022, 4, 30, 23, 59, 59), ("B0", April(30)), ("B1", April(30, 10)));
        // C: three April visits uploaded one second into May: late (not real time), and a May upload day.
        await Visits("C", Some.Shanghai(2022, 5, 1, 0, 0, 1), ("C0", April(20)), ("C1", April(20, 10)), ("C2", April(20, 11)));
        // D: A0 corrected on 25 April: not counted again, keeps its first (real-time) upload time.
        var corrected = Some.OutpatientRow("A0", April(10, 9, 0));
        corrected["fee_total"] = "99.00";
        var d = await Load("outpatient_visit", "D", Some.Shanghai(2022, 4, 25, 12), [corrected]);
        Assert.Equal((0, 1), (d.Inserted, d.Updated));
        // E: one discharge on 1 April uploaded on the 29th: late, so the discharge rate is "/".
        await Discharges("E", Some.Shanghai(2022, 4, 29, 12), ("E0", April(1, 15)));
    }

    [Fact]
    public async Task April_is_reproduced_cell_for_cell()
    {
        await BuildApril();
        var april = await Metrics("2022-04");
        Assert.Equal(5 + 2 + 1 + 1, april.RowsUploaded);           // A, B, D, E by upload day (C uploaded in May)
        Assert.Equal(5 + 2 + 1, april.RowsLoaded);                 // new records only: the correction is not one
        Assert.Equal(4, april.UploadDays);                         // 10, 25, 29 and 30 April
        Assert.Equal(2, april.UploadedTables);                     // outpatient_visit and inpatient_discharge
        Assert.Equal(10, april.OutpatientVisits);                  // by event time: A5 + B2 + C3
        Assert.Equal(0.7m, april.OutpatientRealtimeRate);          // 7 of 10 within 24 h
        Assert.Equal(1, april.Discharges);
        Assert.Null(april.DischargeRealtimeRate);                  // printed "/"
        Assert.Equal((1, 11), (april.RealtimeFormsMet, april.RealtimeForms));
        Assert.Equal((null, 83), (april.DeclaredTables, april.RequiredTables)); // 未反馈/83

        var may = await Metrics("2022-05");
        Assert.Equal((3L, 3L, 1, 0L), (may.RowsUploaded, may.RowsLoaded, may.UploadDays, may.OutpatientVisits));
        Assert.Equal(1, (await Metrics("2022-05-01")).UploadDays);
        Assert.Equal(3, (await Metrics("2022-04-01..2022-04-29")).UploadDays); // 10, 25 and 29 April
    }

    [Fact]
    public async Task The_x_of_11_threshold_is_configurable()
    {
        await BuildApril();
        Assert.Equal(1, (await Metrics("2022-04", minimumShare: 0.70m)).RealtimeFormsMet);
        Assert.Equal(0, (await Metrics("2022-04", minimumShare: 0.7001m)).RealtimeFormsMet);
    }

    [Fact]
    public async Task A_declaration_changing_mid_month_applies_from_its_day()
    {
        var store = new DeclarationStore(_database.DataSource);
        var tables = Some.HospitalCatalogue.Tables.Select(t => t.Code).ToList();
        await store.UpsertAsync(new Declaration(Hospital, new DateOnly(2022, 3, 1), tables.Take(10).ToList()), CancellationToken.None);
        await store.UpsertAsync(new Declaration(Hospital, new DateOnly(2022, 4, 15), tables.Take(12).ToList()), CancellationToken.None);
        Assert.Equal(10, (await Metrics("2022-04-01..2022-04-14")).DeclaredTables);
        Assert.Equal(12, (await Metrics("2022-04")).DeclaredTables);
        Assert.Equal(10, (await Metrics("2022-03")).DeclaredTables);
        Assert.Null((await Metrics("2022-02")).DeclaredTables);
    }

    [Fact]
    public async Task A_published_month_is_restated_by_late_data_as_a_visible_difference()
    {
        await BuildApril();
        Assert.True(ReportPeriod.TryParse("2022-04", out var april));
        var publisher = new ReportPublisher(_database.DataSource, new MetricsQuery(_database.DataSource, Some.Catalogues));
        Assert.True(await publisher.PublishAsync(april, "hospital", CancellationToken.None));
        Assert.Empty(await publisher.RestatementsAsync(april, "hospital", CancellationToken.None));

        await Visits("F", Some.Shanghai(2022, 5, 3, 9), ("F0", April(28)), ("F1", April(28, 10)));
        Assert.False(await publisher.PublishAsync(april, "hospital", CancellationToken.None)); // never overwritten
        var restated = await publisher.RestatementsAsync(april, "hospital", CancellationToken.None);
        var visits = Assert.Single(restated, r => r.Institution == Hospital && r.Column == "outpatientVisits");
        Assert.Equal(("10", "12"), (visits.Published, visits.Current));
        Assert.Contains(restated, r => r.Column == "outpatientRealtimeRate" && r.Current == "0.5833");
        Assert.DoesNotContain(restated, r => r.Column == "rowsUploaded"); // F was uploaded in May
    }
}
