using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>
/// The dashboard over real HTTP against the known feeds of <see cref="ApiWorld"/>: H320100001 sent 6 + 2 April visit
/// rows (one rejected for a wrong ID check digit), H320100002 sent 4 (one rejected).
/// </summary>
public sealed partial class DashboardPageTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task Login_sets_an_HttpOnly_SameSite_Strict_cookie_and_a_bad_token_is_refused()
    {
        using var session = new DashboardBrowserSession(world.Address);
        using (var bad = await session.LoginAsync("hx_not-a-token"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
            Assert.False(bad.Headers.Contains("Set-Cookie"));
        }
        using var good = await session.LoginAsync(world.Operator);
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var cookie = Assert.Single(good.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("hx_dashboard=", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_a_session_every_page_sends_the_browser_to_the_login_page()
    {
        using var session = new DashboardBrowserSession(world.Address);
        using var response = await session.Client.GetAsync(new Uri("/dashboard/institutions/" + Some.Hospital, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/dashboard/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_shows_the_hospitals_table_with_the_report_figures_in_Chinese_and_in_English()
    {
        using var session = new DashboardBrowserSession(world.Address);
        (await session.LoginAsync(world.Operator)).Dispose();
        var (status, zh) = await session.GetAsync("/dashboard?period=2022-04");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("数据上传量", zh, StringComparison.Ordinal);
        Assert.Equal("8", Cell(zh, Some.Hospital, "rowsUploaded"));
        Assert.Equal("7", Cell(zh, Some.Hospital, "rowsLoaded"));
        Assert.Equal("4", Cell(zh, Some.OtherHospital, "rowsUploaded"));
        var (_, en) = await session.GetAsync("/dashboard?period=2022-04&lang=en");
        Assert.Contains("Rows uploaded", en, StringComparison.Ordinal);
        Assert.Contains("Platform cumulative rows validated and loaded", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drill_down_reaches_the_rejected_row_with_its_code_both_messages_and_a_masked_ID()
    {
        using var session = new DashboardBrowserSession(world.Address);
        (await session.LoginAsync(world.Operator)).Dispose();
        var (_, institution) = await session.GetAsync($"/dashboard/institutions/{Some.Hospital}?period=2022-04");
        Assert.Contains("data-table=\"outpatient_visit\"", institution, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"bars\"", institution, StringComparison.Ordinal);
        var (_, table) = await session.GetAsync($"/dashboard/institutions/{Some.Hospital}/tables/outpatient_visit?period=2022-04");
        Assert.Contains("data-batch=\"H1-A\"", table, StringComparison.Ordinal);
        Assert.Contains("data-batch=\"H1-B\"", table, StringComparison.Ordinal);
        var (status, batch) = await session.GetAsync($"/dashboard/institutions/{Some.Hospital}/batches/H1-A");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("HX2111", batch, StringComparison.Ordinal);
        Assert.Contains("身份证号校验位错误", batch, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiWorld.BadNationalId, batch, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiWorld.BadNationalId[2..12], batch, StringComparison.Ordinal);
        Assert.Matches(@"class=""value"">[^<]*\*", batch);
    }

    [Fact]
    public async Task A_hospital_token_sees_its_own_institution_and_gets_403_on_another()
    {
        using var session = new DashboardBrowserSession(world.Address);
        using (var login = await session.LoginAsync(world.Hospital))
            Assert.Equal($"/dashboard/institutions/{Some.Hospital}?lang=zh", login.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync($"/dashboard/institutions/{Some.Hospital}?period=2022-04")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/dashboard/institutions/{Some.OtherHospital}?period=2022-04")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/dashboard/institutions/{Some.OtherHospital}/batches/H2-A")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/dashboard/institutions/{Some.OtherHospital}/tables/outpatient_visit")).Status);
        using var home = await session.Client.GetAsync(new Uri("/dashboard", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
    }

    /// <summary>The text of one report cell, found by its institution row and column key.</summary>
    private static string Cell(string html, string institution, string column)
    {
        var row = Regex.Match(html, $"<tr data-institution=\"{institution}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row for {institution}");
        var cell = Regex.Match(row.Groups[1].Value, $"data-column=\"{column}\">([^<]*)<");
        Assert.True(cell.Success, $"no {column} cell for {institution}");
        return cell.Groups[1].Value.Trim();
    }
}
