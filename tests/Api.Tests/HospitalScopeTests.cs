using System.Net;
using System.Text.Json;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>A hospital token reads its own receipts, quarantine and summaries, never another institution's.</summary>
public sealed class HospitalScopeTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Theory]
    [InlineData("/api/v1/receipts?institution=" + Some.OtherHospital)]
    [InlineData("/api/v1/quarantine?institution=" + Some.OtherHospital)]
    [InlineData("/api/v1/summaries?from=2022-04-01&to=2022-04-30&institution=" + Some.OtherHospital)]
    public async Task Asking_for_another_institution_is_403_HX5004(string path)
    {
        using var response = await world.Client(world.Hospital).GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("HX5004", await RoleTests.ProblemCode(response));
    }

    [Theory]
    [InlineData("/api/v1/receipts", "institution")]
    [InlineData("/api/v1/quarantine", "institution")]
    public async Task Without_a_filter_a_hospital_sees_only_its_own_rows(string path, string field)
    {
        var own = await Institutions(world.Hospital, path, field);
        Assert.NotEmpty(own);
        Assert.All(own, code => Assert.Equal(Some.Hospital, code));
        var all = await Institutions(world.Operator, path, field);
        Assert.Contains(Some.OtherHospital, all);
        Assert.Contains(Some.Hospital, all);
        var other = await Institutions(world.OtherHospital, path, field);
        Assert.All(other, code => Assert.Equal(Some.OtherHospital, code));
    }

    [Fact]
    public async Task A_hospitals_summaries_are_its_own_rows_only()
    {
        using var document = JsonDocument.Parse(await world.Client(world.Hospital).GetStringAsync(new Uri("/api/v1/summaries?from=2022-04-01&to=2022-04-30", UriKind.Relative)));
        var row = Assert.Single(document.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(Some.Hospital, row.GetProperty("code").GetString());
        Assert.Equal(8, row.GetProperty("rowsUploaded").GetInt64()); // 6 in H1-A (one rejected) and 2 in H1-B
        Assert.Equal(7, row.GetProperty("rowsLoaded").GetInt64());
    }

    [Fact]
    public async Task Quarantined_rows_come_back_with_their_issue_and_no_personal_data_in_the_clear()
    {
        var body = await world.Client(world.Hospital).GetStringAsync(new Uri("/api/v1/quarantine", UriKind.Relative));
        using var document = JsonDocument.Parse(body);
        var row = Assert.Single(document.RootElement.EnumerateArray());
        Assert.Equal("H1-A", row.GetProperty("batchId").GetString());
        var issue = Assert.Single(row.GetProperty("issues").EnumerateArray(), i => i.GetProperty("code").GetString() == "HX2111");
        Assert.Contains("身份证号校验位错误", issue.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(ApiWorld.BadNationalId, body, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiWorld.BadNationalId[2..12], body, StringComparison.Ordinal);
        Assert.DoesNotContain("王某", body, StringComparison.Ordinal);
        Assert.DoesNotContain("13800001234", body, StringComparison.Ordinal);
    }

    private async Task<List<string>> Institutions(string token, string path, string field)
    {
        using var document = JsonDocument.Parse(await world.Client(token).GetStringAsync(new Uri(path, UriKind.Relative)));
        return document.RootElement.EnumerateArray().Select(row => row.GetProperty(field).GetString()!).ToList();
    }
}
