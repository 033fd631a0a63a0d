using HealthExchange.Host.Scheduling;
using HealthExchange.Metrics.Alerts;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.Metrics.Tests;

/// <summary>
/// Known feeds through the real Kafka protocol into the real PostgreSQL, then every alert rule over them:
/// a daily table hospital that sends one huge batch, lets its real-time rate collapse and then goes silent,
/// and a CDA hospital with one visit sent only as a table row and one document whose row a table batch overwrote.
/// </summary>
public sealed class AlertWorldTests : BrokerAndDatabaseTest
{
    private const string Daily = Some.Hospital;       // H320100001, uploads tables
    private const string CdaHospital = "H320100031";  // 江苏省人民医院, upload_method CDA文档 in the shipped registry
    private static readonly ReportPeriod Window = new(new DateOnly(2022, 4, 8), new DateOnly(2022, 4, 15), "2022-04-08..2022-04-14");

    private async Task BuildWorldAsync()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var records = 0;
        // 1 March – 10 April, one batch a day at 20:00 of 8..12 visits of that day (real time); 9 April: 60 visits.
        // 4–10 April the visits sent are two days old (event day d−2): late, so that week's real-time rate falls to 0.
        for (var day = new DateOnly(2022, 3, 1); day <= new DateOnly(2022, 4, 10); day = day.AddDays(1))
        {
            var count = day == new DateOnly(2022, 4, 9) ? 60 : 8 + day.DayNumber % 5;
            var eventDay = day >= new DateOnly(2022, 4, 4) ? day.AddDays(-2) : day;
            var visits = Some.Visits($"D{day:MMdd}", count, eventDay);
            await Broker.SendCsvBatchAsync(Daily, "outpatient_visit", $"d-{day:MMdd}", Some.OutpatientCsv(visits), Some.Shanghai(day.Year, day.Month, day.Day, 20));
            records++;
        }
        // The CDA hospital on 12 April: a matched document, a visit sent only as a table row, and a document whose
        // visit row a later table batch replaced (the row no longer names the document).
        var at = new DateTime(2022, 4, 12, 9, 0, 0);
        await SendDocumentAsync(SomeCda.Outpatient("DOC-A", "CA00001", at, CdaHospital), Some.Shanghai(2022, 4, 12, 12));
        await Broker.SendCsvBatchAsync(CdaHospital, "outpatient_visit", "t-b", Some.OutpatientCsv(Some.OutpatientRow("CB00001", at.AddMinutes(5))), Some.Shanghai(2022, 4, 12, 13));
        await SendDocumentAsync(SomeCda.Outpatient("DOC-C", "CC00001", at.AddMinutes(10), CdaHospital), Some.Shanghai(2022, 4, 12, 14));
        await pipeline.WaitForAsync(records + 3);
        await Broker.SendCsvBatchAsync(CdaHospital, "outpatient_visit", "t-c", Some.OutpatientCsv(Some.OutpatientRow("CC00001", at.AddMinutes(10))), Some.Shanghai(2022, 4, 12, 15));
        await pipeline.WaitForAsync(records + 4);
    }

    private Task SendDocumentAsync(byte[] document, DateTimeOffset uploadedAt) => Broker.SendCdaAsync(CdaHospital, document, uploadedAt);

    [Fact]
    public async Task Every_rule_finds_exactly_the_alerts_the_feeds_were_built_to_raise_and_the_job_records_them()
    {
        await BuildWorldAsync();
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE institution_code = $1 AND source_document_id = 'DOC-A'", CdaHospital));

        var alerts = await new AlertQuery(Database.DataSource, Some.Catalogues).AlertsAsync(Window, CancellationToken.None);
        Assert.Equal(
        [
            (AlertCodes.RealtimeDrop, Daily, "outpatient_visit", new DateOnly(2022, 4, 4), 0.0),
            (AlertCodes.VolumeOutlier, Daily, "outpatient_visit", new DateOnly(2022, 4, 9), 60.0),
            (AlertCodes.VisitsWithoutDocument, CdaHospital, "outpatient_visit", new DateOnly(2022, 4, 12), 2.0),
            (AlertCodes.DocumentsWithoutVisit, CdaHospital, "outpatient_visit", new DateOnly(2022, 4, 12), 1.0),
            (AlertCodes.Silent, Daily, "", new DateOnly(2022, 4, 14), 4.0),
        ], alerts.Select(a => (a.Code, a.Institution, a.Table, a.Day, a.Value)));
        Assert.All(alerts, a => Assert.False(string.IsNullOrWhiteSpace(a.MessageZh) || string.IsNullOrWhiteSpace(a.MessageEn)));

        // The scheduled job, run for each day of the window as the 00:20 firings would, then run again.
        var jobs = new JobContext(Database.DataSource, Some.Catalogues, new MetricsOptions(), TimeProvider.System);
        for (var day = Window.From; day < Window.To; day = day.AddDays(1)) await RecordAlertsJob.RecordAsync(jobs, day, CancellationToken.None);
        var recorded = await new AlertLedger(Database.DataSource).RecordedAsync(new ReportPeriod(new DateOnly(2022, 4, 1), new DateOnly(2022, 5, 1), "2022-04"), CancellationToken.None);
        Assert.Equal(
        [
            (AlertCodes.RealtimeDrop, new DateOnly(2022, 4, 4)),    // recorded by the run for Sunday 10 April, which closes the week
            (AlertCodes.VolumeOutlier, new DateOnly(2022, 4, 9)),
            (AlertCodes.VisitsWithoutDocument, new DateOnly(2022, 4, 12)),
            (AlertCodes.DocumentsWithoutVisit, new DateOnly(2022, 4, 12)),
            (AlertCodes.Silent, new DateOnly(2022, 4, 13)),          // three silent days
            (AlertCodes.Silent, new DateOnly(2022, 4, 14)),
        ], recorded.Select(a => (a.Code, a.Day)));
        await RecordAlertsJob.RecordAsync(jobs, new DateOnly(2022, 4, 14), CancellationToken.None);
        Assert.Equal(6, await Database.ScalarAsync("SELECT count(*) FROM hx.alerts"));

        // A stricter silence setting changes what is computed, not what the month recorded.
        var strict = await new AlertQuery(Database.DataSource, Some.Catalogues, new AlertOptions { SilentDays = 5 }).AlertsAsync(Window, CancellationToken.None);
        Assert.DoesNotContain(strict, a => a.Code == AlertCodes.Silent);
        Assert.Equal(2, recorded.Count(a => a.Code == AlertCodes.Silent));
    }
}
