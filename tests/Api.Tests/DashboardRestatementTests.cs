using System.Net;
using System.Text.RegularExpressions;
using HealthExchange.Ingest.Loading;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Publishing;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>
/// A published month that late data restated: the home page marks the changed cell and shows the published value.
/// Its own <see cref="ApiWorld"/> (a class fixture per class), because it publishes and adds a batch.
/// </summary>
public sealed class DashboardRestatementTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task A_cell_changed_since_publication_is_marked_with_the_published_value()
    {
        Assert.True(ReportPeriod.TryParse("2022-04", out var april));
        var metrics = new MetricsQuery(world.Database.DataSource, Some.Catalogues, new MetricsOptions());
        Assert.True(await new ReportPublisher(world.Database.DataSource, metrics).PublishAsync(april, "hospital", CancellationToken.None));
        // A late batch of 3 rows for April: the live figure becomes 11, the published one stays 8. Written with the
        // ledger's own upkeep, as every platform path writes it, so the upload roll-ups follow.
        await using (var command = world.Database.DataSource.CreateCommand(LedgerFacts.Adding("""
            INSERT INTO hx.batches AS b (institution_code, batch_id, table_code, format, status, uploaded_at, upload_day,
                                         rows_received, rows_accepted, rows_inserted)
            VALUES ($1, 'H1-LATE', 'outpatient_visit', 'csv', 'loaded', '2022-04-20 12:00+08', '2022-04-20', 3, 3, 3)
            """)))
        {
            command.Parameters.Add(new() { Value = Some.Hospital });
            await command.ExecuteNonQueryAsync();
        }

        using var session = new DashboardBrowserSession(world.Address);
        (await session.LoginAsync(world.Operator)).Dispose();
        var (status, html) = await session.GetAsync("/dashboard?period=2022-04");
        Assert.Equal(HttpStatusCode.OK, status);
        var row = Regex.Match(html, $"<tr data-institution=\"{Some.Hospital}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        var cell = Regex.Match(row, "<td class=\"([^\"]*)\" data-column=\"rowsUploaded\">(.*?)</td>");
        Assert.Contains("restated", cell.Groups[1].Value, StringComparison.Ordinal);
        Assert.Equal("11 <span class=\"was\">(8)</span>", cell.Groups[2].Value);
        var other = Regex.Match(html, $"<tr data-institution=\"{Some.OtherHospital}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.DoesNotContain("restated", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_alerts_page_answers_for_an_operator_in_both_languages()
    {
        using var session = new DashboardBrowserSession(world.Address);
        (await session.LoginAsync(world.Operator)).Dispose();
        var (status, zh) = await session.GetAsync("/dashboard/alerts?period=2022-04");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<table class=\"report\" id=\"alerts\">", zh, StringComparison.Ordinal);
        var (_, en) = await session.GetAsync("/dashboard/alerts?period=2022-04&lang=en");
        Assert.Contains("<html lang=\"en\">", en, StringComparison.Ordinal);
    }
}
