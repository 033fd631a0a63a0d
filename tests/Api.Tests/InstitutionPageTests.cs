using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>
/// The institution page's lines and calendar over real HTTP. A May of its own for H320100001 (April stays as
/// <see cref="ApiWorld"/> loads it): 3 visits of 05-03 uploaded that evening and 1 more of 05-03 uploaded on 05-06,
/// three days late — so 05-03's real-time rate is 3/4 and the upload days are 05-03 and 05-06.
/// </summary>
public sealed partial class InstitutionPageTests(ApiWorld world) : IClassFixture<ApiWorld>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await world.LoadAsync(Some.Hospital, "M-ontime", Some.Shanghai(2022, 5, 3, 20), Some.Visits("M1-", 3, new DateOnly(2022, 5, 3)));
        await world.LoadAsync(Some.Hospital, "M-late", Some.Shanghai(2022, 5, 6, 20), Some.Visits("M2-", 1, new DateOnly(2022, 5, 3)));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_outpatient_line_shows_each_days_real_time_rate_and_breaks_where_there_is_none()
    {
        var page = await PageAsync("2022-05");
        var form = Regex.Match(page, "<g data-form=\"outpatient_visit\">(.*?)</g>", RegexOptions.Singleline);
        Assert.True(form.Success, "no line for outpatient_visit");
        var dots = Regex.Matches(form.Groups[1].Value, "data-day=\"([0-9-]+)\" data-rate=\"([0-9.]+)\"")
            .ToDictionary(m => m.Groups[1].Value, m => decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        // 05-03 is the only event day: 3 of its 4 visits arrived within the form's 24 h.
        Assert.Equal(["2022-05-03"], dots.Keys);
        Assert.Equal(0.75m, dots["2022-05-03"]);
        Assert.Contains("id=\"realtime-lines\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_calendar_fills_the_upload_days_and_leaves_the_silent_ones_hollow()
    {
        var page = await PageAsync("2022-05");
        var cells = Regex.Matches(page, "<rect class=\"(up|silent)\" data-day=\"([0-9-]+)\"").ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        Assert.Equal(31, cells.Count);
        Assert.Equal(["2022-05-03", "2022-05-06"], cells.Where(c => c.Value == "up").Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Equal("2", Regex.Match(page, "id=\"upload-day-count\">([0-9]+)<").Groups[1].Value);
        // The page's period bounds the grid: a range inside April shows only its own days, April's two uploads among them.
        var april = await PageAsync("2022-04-09..2022-04-15");
        var aprilCells = Regex.Matches(april, "<rect class=\"(up|silent)\" data-day=\"([0-9-]+)\"").ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);
        Assert.Equal(7, aprilCells.Count);
        Assert.Equal(["2022-04-10", "2022-04-12"], aprilCells.Where(c => c.Value == "up").Select(c => c.Key).Order(StringComparer.Ordinal));
    }

    private async Task<string> PageAsync(string period)
    {
        using var session = new DashboardBrowserSession(world.Address);
        (await session.LoginAsync(world.Operator)).Dispose();
        var (status, body) = await session.GetAsync($"/dashboard/institutions/{Some.Hospital}?period={period}");
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }
}
