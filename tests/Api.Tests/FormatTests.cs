using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Ipc;
using DocumentFormat.OpenXml.Packaging;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Reports;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>Each format read back by an independent reader, and the reports identical to `hx report`'s writers.</summary>
public sealed class FormatTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    private const string April = "/api/v1/summaries?from=2022-04-01&to=2022-04-30";

    private async Task<PlatformReport> Report(string? kind)
    {
        Assert.True(ReportPeriod.TryParse("2022-04", out var period));
        return await new MetricsQuery(world.Database.DataSource, Some.Catalogues).ReportAsync(period, kind, CancellationToken.None);
    }

    [Fact]
    public async Task The_report_in_JSON_and_CSV_is_byte_for_byte_what_hx_report_writes()
    {
        var client = world.Client(world.Province);
        Assert.Equal(ReportWriters.JsonText(await Report(null)), await client.GetStringAsync(new Uri("/api/v1/reports/2022-04", UriKind.Relative)));
        Assert.Equal(ReportWriters.Csv(await Report("hospital"), english: false),
            await client.GetStringAsync(new Uri("/api/v1/reports/2022-04?kind=hospital&format=csv", UriKind.Relative)));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reports/2022-04?kind=hospital");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var negotiated = await client.SendAsync(request);
        Assert.Equal("text/csv", negotiated.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", negotiated.Content.Headers.ContentType?.CharSet);
    }

    [Fact]
    public async Task The_report_workbook_opens_with_a_sheet_per_kind()
    {
        var bytes = await world.Client(world.Operator).GetByteArrayAsync(new Uri("/api/v1/reports/2022-04?format=xlsx", UriKind.Relative));
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Equal(2, workbook.WorkbookPart!.WorksheetParts.Count());
    }

    [Fact]
    public async Task A_published_snapshot_is_served_as_kept_and_an_unpublished_one_is_404()
    {
        var client = world.Client(world.Province);
        using var missing = await client.GetAsync(new Uri("/api/v1/reports/2022-03?version=published&kind=hospital", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("HX5030", await RoleTests.ProblemCode(missing));
        using var csv = await client.GetAsync(new Uri("/api/v1/reports/2022-03?version=published&kind=hospital&format=csv", UriKind.Relative));
        Assert.Equal("HX5020", await RoleTests.ProblemCode(csv));
    }

    [Fact]
    public async Task The_Arrow_stream_read_by_Apache_Arrow_holds_the_same_rows_as_the_JSON()
    {
        var client = world.Client(world.Province);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri(April + "&granularity=day&limit=5000", UriKind.Relative)));
        Assert.Null(json.RootElement.GetProperty("nextCursor").GetString());
        var expected = json.RootElement.GetProperty("rows").EnumerateArray()
            .Select(row => (row.GetProperty("period").GetString(), row.GetProperty("code").GetString(), row.GetProperty("rowsUploaded").GetInt64())).ToList();

        using var request = new HttpRequestMessage(HttpMethod.Get, April + "&granularity=day");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.apache.arrow.stream"));
        using var response = await client.SendAsync(request);
        Assert.Equal("application/vnd.apache.arrow.stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new ArrowStreamReader(await response.Content.ReadAsStreamAsync());
        var actual = new List<(string?, string?, long)>();
        while (await reader.ReadNextRecordBatchAsync() is { } batch)
            using (batch)
            {
                var period = (StringArray)batch.Column("period");
                var code = (StringArray)batch.Column("code");
                var uploaded = (Int64Array)batch.Column("rowsUploaded");
                var rate = (DoubleArray)batch.Column("dischargeRealtimeRate");
                for (var i = 0; i < batch.Length; i++)
                {
                    actual.Add((period.GetString(i), code.GetString(i), uploaded.GetValue(i)!.Value));
                    Assert.True(rate.IsNull(i)); // no discharges: "/"
                }
            }
        Assert.Equal(expected, actual);
        Assert.Contains(("2022-04-10", Some.Hospital, 6L), actual);
        Assert.Equal("数据上传量", reader.Schema.GetFieldByName("rowsUploaded").Metadata["label_zh"]);
    }

    [Fact]
    public async Task Summaries_in_CSV_have_the_stable_keys_and_one_line_per_row()
    {
        var text = await world.Client(world.Province).GetStringAsync(new Uri(April + "&format=csv&kind=hospital", UriKind.Relative));
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("period,periodFrom,periodToExclusive,code,name,", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.StartsWith($"2022-04,2022-04-01,2022-05-01,{Some.Hospital},", StringComparison.Ordinal));
    }

    [Fact]
    public async Task JSON_pages_by_cursor_through_every_row_and_a_foreign_cursor_is_refused()
    {
        var client = world.Client(world.Operator);
        using var whole = JsonDocument.Parse(await client.GetStringAsync(new Uri(April + "&granularity=day&kind=hospital", UriKind.Relative)));
        var total = whole.RootElement.GetProperty("total").GetInt32();
        var seen = new List<string>();
        string? cursor = null;
        string? firstCursor = null;
        do
        {
            var path = April + "&granularity=day&kind=hospital&limit=400" + (cursor is null ? "" : "&cursor=" + cursor);
            using var page = JsonDocument.Parse(await client.GetStringAsync(new Uri(path, UriKind.Relative)));
            seen.AddRange(page.RootElement.GetProperty("rows").EnumerateArray().Select(row => row.GetProperty("period").GetString() + row.GetProperty("code").GetString()));
            cursor = page.RootElement.GetProperty("nextCursor").GetString();
            firstCursor ??= cursor;
        } while (cursor is not null);
        Assert.Equal(total, seen.Count);
        Assert.Equal(total, seen.Distinct().Count());
        Assert.True(total > 400);

        using var foreign = await client.GetAsync(new Uri(April + "&granularity=month&cursor=" + firstCursor, UriKind.Relative));
        Assert.Equal("HX5013", await RoleTests.ProblemCode(foreign));
    }

    [Fact]
    public async Task A_format_the_endpoint_lacks_is_406_and_a_bad_period_400()
    {
        var client = world.Client(world.Province);
        using var request = new HttpRequestMessage(HttpMethod.Get, April);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/xml"));
        using var xml = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotAcceptable, xml.StatusCode);
        Assert.Equal("HX5020", await RoleTests.ProblemCode(xml));
        using var period = await client.GetAsync(new Uri("/api/v1/reports/2022-13", UriKind.Relative));
        Assert.Equal("HX5011", await RoleTests.ProblemCode(period));
        using var range = await client.GetAsync(new Uri("/api/v1/summaries?from=2020-01-01&to=2022-01-01&granularity=day", UriKind.Relative));
        Assert.Equal("HX5012", await RoleTests.ProblemCode(range));
    }

    [Fact]
    public async Task A_repeated_request_with_the_ETag_is_304_without_a_body()
    {
        var client = world.Client(world.Province);
        using var first = await client.GetAsync(new Uri(April, UriKind.Relative));
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.NotNull(first.Content.Headers.LastModified);
        using var again = new HttpRequestMessage(HttpMethod.Get, April);
        again.Headers.IfNoneMatch.Add(tag);
        using var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        using var other = new HttpRequestMessage(HttpMethod.Get, April + "&kind=hospital");
        other.Headers.IfNoneMatch.Add(tag);
        using var third = await client.SendAsync(other);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.NotEqual(tag, third.Headers.ETag);
        Assert.Contains("江苏", Encoding.UTF8.GetString(await third.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }
}
