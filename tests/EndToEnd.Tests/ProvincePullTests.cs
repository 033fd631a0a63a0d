using System.Text;
using System.Text.Json;
using HealthExchange.Api.Hosting;
using HealthExchange.Api.Tokens;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Schema;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Expected;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>
/// Two cities = two databases with known feeds behind two API hosts, pulled by `hx province pull`; a third city
/// unreachable and a fourth refusing the token. The table is checked against the answer worked out here.
/// </summary>
public sealed class ProvincePullTests : IAsyncLifetime
{
    private readonly List<(TestDatabase Database, WebApplication App, Uri Address, string Token)> _cities = [];
    private readonly string _cache = Directory.CreateTempSubdirectory("hx-province-").FullName;

    public async Task InitializeAsync()
    {
        // 南京市: 6 rows on 10 April (one rejected) and 2 on 12 April; 14 outpatient visits expected in April.
        var nanjing = await CityAsync();
        await LoadAsync(nanjing, Some.Hospital, "N1", Some.Shanghai(2022, 4, 10, 20), [.. Some.Visits("N1-", 5, new DateOnly(2022, 4, 10)), Bad("N1-bad")]);
        await LoadAsync(nanjing, Some.Hospital, "N2", Some.Shanghai(2022, 4, 12, 20), Some.Visits("N2-", 2, new DateOnly(2022, 4, 12)));
        await new ExpectedVolumeStore(nanjing.DataSource).ImportAsync([new ExpectedVolumes(Some.Hospital, new DateOnly(2022, 4, 1), 14, null, null, null, null)], CancellationToken.None);
        // 苏州市: 3 visits on 11 April, no expected volumes.
        var suzhou = await CityAsync();
        await LoadAsync(suzhou, Some.OtherHospital, "S1", Some.Shanghai(2022, 4, 11, 20), Some.Visits("S1-", 3, new DateOnly(2022, 4, 11)));
        foreach (var database in new[] { nanjing, suzhou })
        {
            var app = ApiHost.Build(new ApiServices(database.DataSource, Some.Catalogues, new MetricsOptions(), TimeProvider.System), "http://127.0.0.1:0");
            await app.StartAsync();
            var (_, token) = await new TokenStore(database.DataSource, TimeProvider.System).CreateAsync(ApiRole.Province, null, null, CancellationToken.None);
            _cities.Add((database, app, ApiHost.BoundAddress(app), token));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var city in _cities)
        {
            await city.App.StopAsync();
            await city.App.DisposeAsync();
            await city.Database.DisposeAsync();
        }
        Directory.Delete(_cache, recursive: true);
    }

    private string[] Arguments(string format) =>
    [
        "province", "pull", "--period", "2022-04-01..2022-04-30", "--format", format, "--cache", _cache,
        "--city", $"南京市={_cities[0].Address},{_cities[0].Token}",
        "--city", $"苏州市={_cities[1].Address},{_cities[1].Token}",
        "--city", "无锡市=http://127.0.0.1:9/",
        "--city", $"常州市={_cities[1].Address},hx_000000000000_wrong",
    ];

    [Fact]
    public async Task The_province_table_is_the_known_answer_with_failed_cities_shown_and_exit_1()
    {
        var (exit, stdout, stderr) = await HxProcess.RunAsync(Arguments("csv"));
        Assert.True(exit == 1, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("接入单位,数据上传量,数据上传天数,门急诊上传人次,门急诊上传率,出院上传人次,出院上传率,健康档案上传率 基本信息,高血压,糖尿病", lines[0]);
        Assert.Equal("南京市,8,2,7,50.00%,0,/,/,/,/", lines[1]);
        Assert.Equal("苏州市,3,1,3,/,0,/,/,/,/", lines[2]);
        // Cities that failed come last, by name.
        Assert.StartsWith("常州市,令牌被拒绝 token refused (401)", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("无锡市,无法连接", lines[4], StringComparison.Ordinal);
        Assert.Contains("南京市 data version \"", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rerun_sends_the_recorded_ETags_and_reuses_what_did_not_change()
    {
        Assert.Equal(1, (await HxProcess.RunAsync(Arguments("json"))).ExitCode);
        var kept = Directory.GetFiles(_cache, "*.json");
        Assert.Equal(4, kept.Length); // two cities × (days, months)
        // Alter a kept body but not its ETag: if the re-run uses it, the city answered 304 and nothing was transferred again.
        foreach (var file in kept)
        {
            var entry = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            if (!entry.GetProperty("Url").GetString()!.Contains("granularity=month", StringComparison.Ordinal)) continue;
            var body = entry.GetProperty("Body").GetString()!.Replace("\"rowsUploaded\":8", "\"rowsUploaded\":80", StringComparison.Ordinal);
            File.WriteAllText(file, JsonSerializer.Serialize(new { Url = entry.GetProperty("Url").GetString(), ETag = entry.GetProperty("ETag").GetString(), Body = body }));
        }
        var again = await HxProcess.RunAsync(Arguments("json"));
        var nanjing = JsonDocument.Parse(again.Stdout).RootElement.GetProperty("cities").EnumerateArray().First();
        Assert.Equal(("南京市", 80), (nanjing.GetProperty("city").GetString(), nanjing.GetProperty("rowsUploaded").GetInt64()));

        // New data changes the ETag: the city answers in full again and the figure is the real one.
        await LoadAsync(_cities[0].Database, Some.Hospital, "N3", Some.Shanghai(2022, 4, 13, 20), Some.Visits("N3-", 1, new DateOnly(2022, 4, 13)));
        var changed = await HxProcess.RunAsync(Arguments("json"));
        Assert.Equal(9, JsonDocument.Parse(changed.Stdout).RootElement.GetProperty("cities")[0].GetProperty("rowsUploaded").GetInt64());
    }

    [Fact]
    public async Task Stored_pulls_re_render_the_table_without_the_cities()
    {
        await using var province = await TestDatabase.CreateAsync(seedInstitutions: false);
        Assert.Equal(1, (await HxProcess.RunAsync([.. Arguments("csv"), "--store", "--db", province.ConnectionString])).ExitCode);
        foreach (var city in _cities) await city.App.StopAsync();
        var (exit, stdout, stderr) = await HxProcess.RunAsync("province", "report", "--period", "2022-04-01..2022-04-30", "--format", "csv", "--db", province.ConnectionString);
        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["南京市,8,2,7,50.00%,0,/,/,/,/", "苏州市,3,1,3,/,0,/,/,/,/"], lines[1..]); // failed pulls are not kept
    }

    private static Task<TestDatabase> CityAsync() => TestDatabase.CreateAsync();

    private static Dictionary<string, string> Bad(string visitNo)
    {
        var row = Some.OutpatientRow(visitNo, new DateTime(2022, 4, 10, 10, 0, 0));
        row["id_no"] = Some.NationalId(new DateOnly(1980, 5, 17))[..17] + "0";
        return row;
    }

    private static async Task LoadAsync(TestDatabase database, string institution, string batch, DateTimeOffset uploadedAt, Dictionary<string, string>[] rows)
    {
        var table = Some.OutpatientTable;
        var loader = new BatchLoader(database.DataSource, new PartitionManager(database.DataSource));
        using var reader = new CsvTableReader(table, new MemoryStream(Encoding.UTF8.GetBytes(Some.Csv(table, rows))), Encoding.UTF8);
        await loader.LoadAsync(new BatchIdentity(institution, batch, uploadedAt), table, "csv",
            BatchValidator.Validate(table, reader, ValidationContext.At(uploadedAt)), reader.HeaderIssues, reader.Header, CancellationToken.None);
    }
}
