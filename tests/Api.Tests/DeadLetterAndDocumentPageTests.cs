using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>The drill-down's dead letters (list, operator-only replay) and CDA documents (findings, original bytes) over real HTTP; see <see cref="DrillWorld"/>.</summary>
public sealed class DeadLetterAndDocumentPageTests(DrillWorld world) : IClassFixture<DrillWorld>
{
    // Dead letters are listed by the time they reached the platform: now, in this month.
    private static string ThisMonth => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_dead_letters_page_lists_code_both_messages_time_and_size()
    {
        using var session = await SignedInAsync(world.Address, world.Operator);
        var id = await world.DeadLetterIdAsync(Some.Hospital);
        var (status, page) = await session.GetAsync($"/dashboard/institutions/{Some.Hospital}/dead-letters?period={ThisMonth}");
        Assert.Equal(HttpStatusCode.OK, status);
        var row = Row(page, "dead-letter", id.ToString(CultureInfo.InvariantCulture));
        Assert.Contains("HX1099", row, StringComparison.Ordinal);
        Assert.Contains("平台处理失败", row, StringComparison.Ordinal);
        var bytes = await world.Database.ScalarAsync("SELECT length(record_value) FROM hx.dead_letters WHERE id = $1", id);
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"<td class=\"num\">{bytes:N0}</td>"), row, StringComparison.Ordinal);
        Assert.Matches(@"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d", row);
        Assert.DoesNotContain("DL-2", page, StringComparison.Ordinal);
        // Another month lists none of them.
        var (_, old) = await session.GetAsync($"/dashboard/institutions/{Some.Hospital}/dead-letters?period=2022-04");
        Assert.DoesNotContain("data-dead-letter=", old, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_is_for_operators_posting_from_the_dashboard_and_loads_the_fixed_batch()
    {
        var id = await world.DeadLetterIdAsync(Some.Hospital);
        var path = $"/dashboard/institutions/{Some.Hospital}/dead-letters/{id}/replay?period={ThisMonth}";
        using (var hospital = await SignedInAsync(world.Address, world.Hospital))
        {
            var (_, own) = await hospital.GetAsync($"/dashboard/institutions/{Some.Hospital}/dead-letters?period={ThisMonth}");
            Assert.DoesNotContain("class=\"replay\"", own, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(hospital, world.Address, path, withOrigin: true));
        }
        using (var province = await SignedInAsync(world.Address, world.Province))
            Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(province, world.Address, path, withOrigin: true));
        using var session = await SignedInAsync(world.Address, world.Operator);
        Assert.Equal(HttpStatusCode.Forbidden, await PostAsync(session, world.Address, path, withOrigin: false));
        using (var foreign = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)))
        {
            foreign.Headers.Add("Origin", "http://evil.example");
            using var refused = await session.Client.SendAsync(foreign);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        Assert.Equal(0, await world.Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE institution_code = $1 AND visit_no LIKE 'D0%'", Some.Hospital));

        var (_, before) = await session.GetAsync($"/dashboard/institutions/{Some.Hospital}/dead-letters?period={ThisMonth}");
        Assert.Contains($"/dead-letters/{id}/replay", Row(before, "dead-letter", id.ToString(CultureInfo.InvariantCulture)), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        request.Headers.Add("Origin", world.Address.GetLeftPart(UriPartial.Authority));
        using var response = await session.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("outcome=loaded", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(3, await world.Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE institution_code = $1 AND visit_no LIKE 'D0%'", Some.Hospital));
        Assert.Equal(1, await world.Database.ScalarAsync("SELECT count(*) FROM hx.dead_letters WHERE id = $1 AND replay_status = 'loaded'", id));
        var (_, after) = await session.GetAsync(response.Headers.Location.OriginalString);
        Assert.Contains("id=\"replay-outcome\"", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"/dead-letters/{id}/replay", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_pipeline_in_the_process_replay_is_not_offered_and_says_what_to_run()
    {
        var id = await world.DeadLetterIdAsync(Some.OtherHospital);
        using var session = await SignedInAsync(world.ServeOnlyAddress, world.Operator);
        var (_, page) = await session.GetAsync($"/dashboard/institutions/{Some.OtherHospital}/dead-letters?period={ThisMonth}");
        Assert.Contains("id=\"replay-unavailable\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"replay\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict,
            await PostAsync(session, world.ServeOnlyAddress, $"/dashboard/institutions/{Some.OtherHospital}/dead-letters/{id}/replay", withOrigin: true));
        Assert.Equal(1, await world.Database.ScalarAsync("SELECT count(*) FROM hx.dead_letters WHERE id = $1 AND replayed_at IS NULL", id));
    }

    [Fact]
    public async Task The_documents_page_shows_findings_and_serves_the_original_byte_for_byte()
    {
        using var session = await SignedInAsync(world.Address, world.Operator);
        var (status, page) = await session.GetAsync($"/dashboard/institutions/{Some.Hospital}/documents?period=2022-04");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("data-document=\"DOC-1\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("DOC-2", page, StringComparison.Ordinal);
        // The non-CDA file is rejected; its findings carry a code and both messages.
        var rejected = Regex.Match(page, "<tr data-document=\"([^\"]+)\" class=\"bad\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(rejected.Success, "no rejected document row");
        Assert.Matches("<td class=\"code\">HX4\\d{3}</td><td lang=\"zh-CN\">[^<]+</td><td lang=\"en\">[^<]+</td>", rejected.Groups[2].Value);
        var stored = await world.Database.ScalarAsync("SELECT jsonb_array_length(issues) FROM hx.cda_documents WHERE document_id = $1", WebUtility.HtmlDecode(rejected.Groups[1].Value));
        Assert.Equal(stored, Regex.Count(page, $"<tr data-document=\"{Regex.Escape(rejected.Groups[1].Value)}\""));

        using var original = await session.Client.GetAsync(new Uri($"/dashboard/institutions/{Some.Hospital}/documents/DOC-1/original", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("application/xml", original.Content.Headers.ContentType!.MediaType);
        Assert.Equal(DrillWorld.Doc1, await original.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_hospital_token_reaches_no_dead_letter_or_document_of_another_institution()
    {
        using var session = await SignedInAsync(world.Address, world.Hospital);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/dashboard/institutions/{Some.OtherHospital}/dead-letters?period={ThisMonth}")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/dashboard/institutions/{Some.OtherHospital}/documents?period=2022-04")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/dashboard/institutions/{Some.OtherHospital}/documents/DOC-2/original")).Status);
        // Through its own code, another institution's document does not exist.
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/dashboard/institutions/{Some.Hospital}/documents/DOC-2/original")).Status);
        var (_, own) = await session.GetAsync($"/dashboard/institutions/{Some.Hospital}/dead-letters?period={ThisMonth}");
        Assert.DoesNotContain("DL-2", own, StringComparison.Ordinal);
        Assert.DoesNotContain("HX1004", own, StringComparison.Ordinal);
        var (_, documents) = await session.GetAsync($"/dashboard/institutions/{Some.Hospital}/documents?period=2022-04");
        Assert.Contains("DOC-1", documents, StringComparison.Ordinal);
        Assert.DoesNotContain("DOC-2", documents, StringComparison.Ordinal);
    }

    private static async Task<DashboardBrowserSession> SignedInAsync(Uri address, string token)
    {
        var session = new DashboardBrowserSession(address);
        (await session.LoginAsync(token)).Dispose();
        return session;
    }

    private static async Task<HttpStatusCode> PostAsync(DashboardBrowserSession session, Uri address, string path, bool withOrigin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative));
        if (withOrigin) request.Headers.Add("Origin", address.GetLeftPart(UriPartial.Authority));
        using var response = await session.Client.SendAsync(request);
        return response.StatusCode;
    }

    private static string Row(string html, string attribute, string key)
    {
        var row = Regex.Match(html, $"<tr data-{attribute}=\"{key}\"[^>]*>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no {attribute} row {key}");
        return row.Groups[1].Value;
    }
}
