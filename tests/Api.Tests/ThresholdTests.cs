using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>
/// The home page's colouring thresholds, stored in hx.dashboard_thresholds and set by operators from the dashboard. In
/// <see cref="ApiWorld"/>'s April, H320100001 uploaded on 2 of the month's 30 days (6.67 %) and every visit in time (100 %).
/// </summary>
public sealed class ThresholdTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task Defaults_colour_the_figures_and_only_an_operator_from_the_dashboard_may_store_new_thresholds()
    {
        using var session = await SignedInAsync(world.Operator);
        var (_, before) = await session.GetAsync("/dashboard?period=2022-04");
        Assert.Contains("id=\"threshold-form\"", before, StringComparison.Ordinal);
        Assert.Equal("bad", Grade(before, "uploadDays"));          // 6.67 % < the default 90 %
        Assert.Equal("good", Grade(before, "outpatientRealtimeRate"));

        using (var province = await SignedInAsync(world.Province))
        {
            var (_, page) = await province.GetAsync("/dashboard?period=2022-04");
            Assert.DoesNotContain("id=\"threshold-form\"", page, StringComparison.Ordinal);
            Assert.Contains("id=\"thresholds\"", page, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(province, [new("uploadDays", "5")], withOrigin: true));
        }
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(session, [new("uploadDays", "5")], withOrigin: false));
        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(session, [new("uploadDays", "150")], withOrigin: true));
        Assert.Equal(0, await world.Database.ScalarAsync("SELECT count(*) FROM hx.dashboard_thresholds"));

        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(session, [new("uploadDays", "6.6"), new("outpatientRealtimeRate", "100")], withOrigin: true));
        Assert.Equal(1, await world.Database.ScalarAsync("SELECT count(*) FROM hx.dashboard_thresholds WHERE figure = 'uploadDays' AND percent = 6.6"));
        var (_, after) = await session.GetAsync("/dashboard?period=2022-04");
        Assert.Equal("good", Grade(after, "uploadDays"));           // 6.67 % ≥ 6.6 %
        Assert.Equal("good", Grade(after, "outpatientRealtimeRate")); // 100 % ≥ 100 %
        Assert.Contains("≥ 6.6%", after, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, await PostAsync(session, [new("uploadDays", "6.7")], withOrigin: true));
        Assert.Equal("bad", Grade((await session.GetAsync("/dashboard?period=2022-04")).Body, "uploadDays"));
        // A ?threshold= in the URL still overrides the two rates for that one view, leaving the stored ones alone.
        Assert.Equal("bad", Grade((await session.GetAsync("/dashboard?period=2022-04&threshold=100.5")).Body, "outpatientRealtimeRate"));
        Assert.Equal(1, await world.Database.ScalarAsync("SELECT count(*) FROM hx.dashboard_thresholds WHERE figure = 'outpatientRealtimeRate' AND percent = 100"));
    }

    private async Task<DashboardBrowserSession> SignedInAsync(string token)
    {
        var session = new DashboardBrowserSession(world.Address);
        (await session.LoginAsync(token)).Dispose();
        return session;
    }

    private async Task<HttpStatusCode> PostAsync(DashboardBrowserSession session, KeyValuePair<string, string>[] fields, bool withOrigin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/dashboard/thresholds?period=2022-04", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(fields),
        };
        if (withOrigin) request.Headers.Add("Origin", world.Address.GetLeftPart(UriPartial.Authority));
        using var response = await session.Client.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>The colour class of H320100001's cell in a column of the hospitals' table.</summary>
    private static string Grade(string html, string column)
    {
        var row = Regex.Match(html, $"<tr data-institution=\"{Some.Hospital}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success);
        var cell = Regex.Match(row.Groups[1].Value, $"<td class=\"([^\"]*)\" data-column=\"{column}\">");
        Assert.True(cell.Success, $"no {column} cell");
        return cell.Groups[1].Value.Split(' ').Single(c => c is "good" or "bad" or "na");
    }
}
