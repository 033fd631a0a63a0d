using System.Text.Json;
using HealthExchange.Metrics.Expected;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>Denominators imported from CSV, exposed in the summaries with the 上传率 they give; missing = null ("/").</summary>
public sealed class ExpectedVolumeTests(ApiWorld world) : IClassFixture<ApiWorld>, IDisposable
{
    private readonly string _file = Path.GetTempFileName();

    public void Dispose() => File.Delete(_file);

    private async Task ImportAsync(params string[] lines)
    {
        await File.WriteAllLinesAsync(_file, [string.Join(',', ExpectedVolumeCsv.Header), .. lines]);
        await new ExpectedVolumeStore(world.Database.DataSource).ImportAsync(ExpectedVolumeCsv.Read(_file), CancellationToken.None);
    }

    private async Task<JsonElement> Row(string query, string code)
    {
        var document = JsonDocument.Parse(await world.Client(world.Province).GetStringAsync(new Uri("/api/v1/summaries?" + query + "&limit=5000", UriKind.Relative)));
        return document.RootElement.GetProperty("rows").EnumerateArray().Single(row => row.GetProperty("code").GetString() == code
            && row.GetProperty("period").GetString() == (query.Contains("granularity=day", StringComparison.Ordinal) ? "2022-04-10" : "2022-04"));
    }

    [Fact]
    public async Task Rates_divide_uploads_by_the_expected_volumes_and_a_missing_one_stays_null()
    {
        await ImportAsync($"{Some.Hospital},2022-04,14,,,,", $"{Some.OtherHospital},2022-04,6,4,,,");
        var own = await Row("from=2022-04-01&to=2022-04-30", Some.Hospital);
        Assert.Equal(14, own.GetProperty("expectedOutpatientVisits").GetInt64());
        Assert.Equal(0.5m, own.GetProperty("outpatientUploadRate").GetDecimal());        // 7 loaded visits of 14 expected
        Assert.Equal(JsonValueKind.Null, own.GetProperty("expectedDischarges").ValueKind);
        Assert.Equal(JsonValueKind.Null, own.GetProperty("dischargeUploadRate").ValueKind);
        var other = await Row("from=2022-04-01&to=2022-04-30", Some.OtherHospital);
        Assert.Equal((0.5m, 0m), (other.GetProperty("outpatientUploadRate").GetDecimal(), other.GetProperty("dischargeUploadRate").GetDecimal()));
        // Expectations are monthly: a day has none, and neither has a range that cuts a month.
        Assert.Equal(JsonValueKind.Null, (await Row("from=2022-04-01&to=2022-04-30&granularity=day", Some.Hospital)).GetProperty("outpatientUploadRate").ValueKind);

        await ImportAsync($"{Some.Hospital},2022-04,28,,,,");                              // a corrected figure replaces the old one
        Assert.Equal(0.25m, (await Row("from=2022-04-01&to=2022-04-30", Some.Hospital)).GetProperty("outpatientUploadRate").GetDecimal());
    }

    [Fact]
    public async Task A_bad_line_names_its_line_and_an_unknown_institution_imports_nothing()
    {
        await File.WriteAllLinesAsync(_file, [string.Join(',', ExpectedVolumeCsv.Header), $"{Some.Hospital},2022-04,-3,,,,"]);
        Assert.Contains(":2:", Assert.Throws<InvalidDataException>(() => ExpectedVolumeCsv.Read(_file)).Message, StringComparison.Ordinal);
        await File.WriteAllLinesAsync(_file, [string.Join(',', ExpectedVolumeCsv.Header), $"{Some.Hospital},2022-05,10,,,,", "NOSUCH,2022-05,1,,,,"]);
        await Assert.ThrowsAsync<InvalidDataException>(() => new ExpectedVolumeStore(world.Database.DataSource).ImportAsync(ExpectedVolumeCsv.Read(_file), CancellationToken.None));
        Assert.Equal(0, await world.Database.ScalarAsync("SELECT count(*) FROM hx.expected_volumes WHERE month = '2022-05-01'"));
    }
}
