using System.Text;
using HealthExchange.Ingest.Loading;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Metrics.Tests;

/// <summary>Report figures computed in the real PostgreSQL from loads with known answers.</summary>
public sealed class MetricsQueryTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private async Task Load(string institution, string batchId, DateTimeOffset uploadedAt, Dictionary<string, string>[] rows)
    {
        var loader = new BatchLoader(_database.DataSource);
        using var reader = new CsvTableReader(Some.OutpatientTable, new MemoryStream(Some.OutpatientCsv(rows)), Encoding.UTF8);
        await loader.LoadAsync(new BatchIdentity(institution, batchId, uploadedAt), Some.OutpatientTable, "csv",
            BatchValidator.Validate(Some.OutpatientTable, reader, ValidationContext.At(uploadedAt)), reader.HeaderIssues, CancellationToken.None);
    }

    private async Task<InstitutionMetrics> Metrics(string period, string institution)
    {
        Assert.True(ReportPeriod.TryParse(period, out var parsed));
        var report = await new MetricsQuery(_database.DataSource, Some.Catalogues).ReportAsync(parsed, null, CancellationToken.None);
        return report.Institutions.Single(row => row.Code == institution);
    }

    [Fact]
    public async Task Upload_days_are_Shanghai_calendar_days()
    {
        var april30 = new DateOnly(2022, 4, 30);
        // 23:59:59 on 30 April and 00:00:01 on 1 May in Shanghai are 15:59:59 and 16:00:01 UTC on 30 April.
        await Load(Some.Hospital, "late-evening", Some.Shanghai(2022, 4, 30, 23, 59, 59), Some.Visits("E", 3, april30));
        await Load(Some.Hospital, "after-midnight", Some.Shanghai(2022, 5, 1, 0, 0, 1), Some.Visits("M", 2, april30));

        var april = await Metrics("2022-04", Some.Hospital);
        var may = await Metrics("2022-05", Some.Hospital);
        Assert.Equal((3L, 3L, 1), (april.RowsUploaded, april.RowsLoaded, april.UploadDays));
        Assert.Equal((2L, 2L, 1), (may.RowsUploaded, may.RowsLoaded, may.UploadDays));
        Assert.Equal(2, (await Metrics("2022", Some.Hospital)).UploadDays);
    }

    [Fact]
    public async Task Rows_uploaded_count_invalid_rows_and_rows_loaded_do_not()
    {
        var rows = Some.Visits("V", 6, new DateOnly(2022, 4, 10));
        rows[0]["sex"] = "7";
        rows[1]["visit_time"] = "never";
        await Load(Some.Hospital, "mixed", Some.Shanghai(2022, 4, 10, 20), rows);
        await Load(Some.Hospital, "resent", Some.Shanghai(2022, 4, 11, 20), Some.Visits("V", 6, new DateOnly(2022, 4, 10))[2..]);

        var april = await Metrics("2022-04", Some.Hospital);
        Assert.Equal(6 + 4, april.RowsUploaded);
        Assert.Equal(4, april.RowsLoaded); // the re-sent rows were already loaded
        Assert.Equal(2, april.UploadDays);
    }

    [Fact]
    public async Task Report_is_sorted_by_rows_uploaded_with_platform_totals()
    {
        await Load(Some.Hospital, "a", Some.Shanghai(2022, 4, 10), Some.Visits("A", 2, new DateOnly(2022, 4, 10)));
        await Load(Some.OtherHospital, "b", Some.Shanghai(2022, 4, 10), Some.Visits("B", 5, new DateOnly(2022, 4, 10)));
        await Load(Some.OtherHospital, "c", Some.Shanghai(2022, 3, 10), Some.Visits("C", 1, new DateOnly(2022, 3, 10)));
        Assert.True(ReportPeriod.TryParse("2022-04", out var april));
        var report = await new MetricsQuery(_database.DataSource, Some.Catalogues).ReportAsync(april, "hospital", CancellationToken.None);

        Assert.Equal([Some.OtherHospital, Some.Hospital], report.Institutions.Take(2).Select(row => row.Code));
        Assert.All(report.Institutions, row => Assert.Equal("hospital", row.Kind));
        Assert.Equal((7L, 7L, 8L), (report.TotalRowsUploaded, report.TotalRowsLoaded, report.CumulativeRowsLoaded));
    }
}
