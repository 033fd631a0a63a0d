using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HealthExchange.Api.Hosting;
using HealthExchange.Api.Tokens;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Registry;
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
/// unreachable and a fourth refusing the token. Each city has provincial institutions (隶属关系 省) — one registered
/// by CSV import, one by `hx institutions affiliation` — and the second table (各省属医疗机构) is worked out here from
/// the feeds, like the first.
/// </summary>
public sealed class ProvincePullTests : IAsyncLifetime
{
    private const string NanjingProvincial = "H320100901", NanjingSilentProvincial = "H320100902", SuzhouProvincial = "H320100036";

    /// <summary>One batch as sent: who, which table, when, how many valid rows and how many that fail validation.</summary>
    private sealed record Feed(string City, string Institution, string Batch, string Table, DateTimeOffset UploadedAt, int Valid, int Invalid = 0);

    /// <summary>Expected outpatient visits and discharges (statistical reporting) per institution for April; null = not reported.</summary>
    private sealed record Expected(string City, string Institution, long? Visits, long? Discharges);

    private readonly List<Feed> _feeds =
    [
        // 南京市: 6 rows on 10 April (one rejected) and 2 on 12 April from an ordinary hospital; a provincial one with
        // visits, lab results (检查检验) and discharges on two days; a second provincial one that sent nothing.
        new("南京市", Some.Hospital, "N1", "outpatient_visit", Some.Shanghai(2022, 4, 10, 20), 5, 1),
        new("南京市", Some.Hospital, "N2", "outpatient_visit", Some.Shanghai(2022, 4, 12, 20), 2),
        new("南京市", NanjingProvincial, "NP1", "outpatient_visit", Some.Shanghai(2022, 4, 10, 21), 4),
        new("南京市", NanjingProvincial, "NP2", "lab_result", Some.Shanghai(2022, 4, 15, 21), 5, 1),
        new("南京市", NanjingProvincial, "NP3", "inpatient_discharge", Some.Shanghai(2022, 4, 15, 22), 2),
        // 苏州市: 3 visits on 11 April from an ordinary hospital; the provincial 江苏省肿瘤医院 on 11 and 21 April.
        new("苏州市", Some.OtherHospital, "S1", "outpatient_visit", Some.Shanghai(2022, 4, 11, 20), 3),
        new("苏州市", SuzhouProvincial, "SP1", "outpatient_visit", Some.Shanghai(2022, 4, 11, 21), 3),
        new("苏州市", SuzhouProvincial, "SP2", "outpatient_visit", Some.Shanghai(2022, 4, 21, 21), 1),
        new("苏州市", SuzhouProvincial, "SP3", "lab_result", Some.Shanghai(2022, 4, 21, 22), 2),
    ];

    private readonly List<Expected> _expected =
    [
        new("南京市", Some.Hospital, 14, null),
        new("南京市", NanjingProvincial, 5, 4),
        new("苏州市", SuzhouProvincial, null, 3),
    ];

    private static readonly string[] Cities = ["南京市", "苏州市"];

    private readonly List<(TestDatabase Database, WebApplication App, Uri Address, string Token)> _cities = [];
    private readonly string _cache = Directory.CreateTempSubdirectory("hx-province-").FullName;

    public async Task InitializeAsync()
    {
        foreach (var city in Cities)
        {
            var database = await CityAsync();
            if (city == "南京市")
            {
                // Registered as `hx institutions import FILE` does: the affiliation column by GB/T 12404 code and by label.
                var file = Path.Combine(_cache, "provincial.csv");
                await File.WriteAllTextAsync(file, $"code,name,kind,upload_method,catalogue_id,affiliation\n" +
                    $"{NanjingProvincial},江苏省测试人民医院,hospital,数据表,nanjing-hospital,20\n{NanjingSilentProvincial},江苏省测试口腔医院,hospital,数据表,nanjing-hospital,省\n");
                await RegistrySeed.ImportAsync(database.DataSource, Some.Catalogues, file, null, CancellationToken.None);
                File.Delete(file);
            }
            else
            {
                var (exit, _, stderr) = await HxProcess.RunAsync("institutions", "affiliation", SuzhouProvincial, "省", "--db", database.ConnectionString);
                Assert.True(exit == 0, stderr);
            }
            foreach (var feed in _feeds.Where(feed => feed.City == city)) await LoadAsync(database, feed);
            await new ExpectedVolumeStore(database.DataSource).ImportAsync(_expected.Where(e => e.City == city)
                .Select(e => new ExpectedVolumes(e.Institution, new DateOnly(2022, 4, 1), e.Visits, e.Discharges, null, null, null)).ToList(), CancellationToken.None);
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
    public async Task The_province_tables_are_the_known_answer_with_failed_cities_shown_and_exit_1()
    {
        var (exit, stdout, stderr) = await HxProcess.RunAsync(Arguments("csv"));
        Assert.True(exit == 1, stderr);
        var tables = stdout.Split("\n\n");
        Assert.Equal(2, tables.Length);
        var lines = tables[0].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("接入单位,数据上传量,数据上传天数,门急诊上传人次,门急诊上传率,出院上传人次,出院上传率,健康档案上传率 基本信息,高血压,糖尿病", lines[0]);
        Assert.Equal(CityLines(), lines[1..3]);
        // Cities that failed come last, by name.
        Assert.StartsWith("常州市,令牌被拒绝 token refused (401)", lines[3], StringComparison.Ordinal);
        Assert.StartsWith("无锡市,无法连接", lines[4], StringComparison.Ordinal);
        Assert.Contains("南京市 data version \"", stderr, StringComparison.Ordinal);

        var hospitals = tables[1].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("医疗机构接入单位,数据上传量,门急诊上传人次,门急诊上传率,出院上传人次,出院上传率,检验检查上传量,数据上传天数", hospitals[0]);
        Assert.Equal(HospitalLines().Select(line => string.Join(',', line)), hospitals[1..]);
    }

    [Fact]
    public async Task Json_carries_both_tables_and_the_summaries_carry_affiliation_and_inspection_rows()
    {
        var (_, stdout, stderr) = await HxProcess.RunAsync(Arguments("json"));
        var root = JsonDocument.Parse(stdout).RootElement;
        var hospitals = root.GetProperty("hospitals").EnumerateArray().ToList();
        Assert.True(hospitals.Count == 3, stderr);
        var first = hospitals[0];
        Assert.Equal(("南京市", NanjingProvincial, Inspection(NanjingProvincial)),
            (first.GetProperty("city").GetString(), first.GetProperty("code").GetString(), first.GetProperty("inspectionRowsUploaded").GetInt64()));
        Assert.Equal(JsonValueKind.Null, hospitals[2].GetProperty("outpatientRate").ValueKind); // the silent one: no denominator

        // The figures come from the city's summaries, where the two new columns are visible to every client.
        using var http = new HttpClient { BaseAddress = _cities[1].Address };
        http.DefaultRequestHeaders.Authorization = new("Bearer", _cities[1].Token);
        var summaries = JsonDocument.Parse(await http.GetStringAsync($"api/v1/summaries?from=2022-04-01&to=2022-04-30&granularity=month&institution={SuzhouProvincial}")).RootElement;
        var row = summaries.GetProperty("rows")[0];
        Assert.Equal(("省", Inspection(SuzhouProvincial)), (row.GetProperty("affiliation").GetString(), row.GetProperty("inspectionRowsUploaded").GetInt64()));
        var csv = (await http.GetStringAsync("api/v1/summaries?from=2022-04-01&to=2022-04-30&granularity=month&format=csv")).Split('\n')[0].Split(',');
        Assert.Contains("affiliation", csv);
        Assert.Contains("inspectionRowsUploaded", csv);
        var registry = JsonDocument.Parse(await http.GetStringAsync("api/v1/institutions")).RootElement.EnumerateArray()
            .ToDictionary(entry => entry.GetProperty("code").GetString()!, entry => entry.GetProperty("affiliation"));
        Assert.Equal("省", registry[SuzhouProvincial].GetString());
        Assert.Equal(JsonValueKind.Null, registry[Some.OtherHospital].ValueKind); // default: not recorded
    }

    [Fact]
    public async Task A_rerun_sends_the_recorded_ETags_and_reuses_what_did_not_change()
    {
        Assert.Equal(1, (await HxProcess.RunAsync(Arguments("json"))).ExitCode);
        var kept = Directory.GetFiles(_cache, "*.json");
        Assert.Equal(4, kept.Length); // two cities × (days, months)
        // Alter a kept body but not its ETag: if the re-run uses it, the city answered 304 and nothing was transferred again.
        var ordinary = Rows(Of("南京市", Some.Hospital));
        foreach (var file in kept)
        {
            var entry = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            if (!entry.GetProperty("Url").GetString()!.Contains("granularity=month", StringComparison.Ordinal)) continue;
            var body = entry.GetProperty("Body").GetString()!.Replace($"\"rowsUploaded\":{ordinary},", $"\"rowsUploaded\":{ordinary * 10},", StringComparison.Ordinal);
            File.WriteAllText(file, JsonSerializer.Serialize(new { Url = entry.GetProperty("Url").GetString(), ETag = entry.GetProperty("ETag").GetString(), Body = body }));
        }
        var again = await HxProcess.RunAsync(Arguments("json"));
        var nanjing = JsonDocument.Parse(again.Stdout).RootElement.GetProperty("cities").EnumerateArray().First();
        Assert.Equal(("南京市", Rows(Of("南京市")) + 9 * ordinary), (nanjing.GetProperty("city").GetString(), nanjing.GetProperty("rowsUploaded").GetInt64()));

        // New data changes the ETag: the city answers in full again and the figure is the real one.
        var late = new Feed("南京市", Some.Hospital, "N3", "outpatient_visit", Some.Shanghai(2022, 4, 13, 20), 1);
        await LoadAsync(_cities[0].Database, late);
        _feeds.Add(late);
        var changed = await HxProcess.RunAsync(Arguments("json"));
        Assert.Equal(Rows(Of("南京市")), JsonDocument.Parse(changed.Stdout).RootElement.GetProperty("cities")[0].GetProperty("rowsUploaded").GetInt64());
    }

    [Fact]
    public async Task Stored_pulls_re_render_both_tables_without_the_cities()
    {
        await using var province = await TestDatabase.CreateAsync(seedInstitutions: false);
        Assert.Equal(1, (await HxProcess.RunAsync([.. Arguments("csv"), "--store", "--db", province.ConnectionString])).ExitCode);
        foreach (var city in _cities) await city.App.StopAsync();
        var (exit, stdout, stderr) = await HxProcess.RunAsync("province", "report", "--period", "2022-04-01..2022-04-30", "--format", "csv", "--db", province.ConnectionString);
        Assert.True(exit == 0, stderr);
        var tables = stdout.Split("\n\n");
        Assert.Equal(CityLines(), tables[0].Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..]); // failed pulls are not kept
        Assert.Equal(HospitalLines().Select(line => string.Join(',', line)), tables[1].Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..]);
    }

    [Fact]
    public async Task Html_and_xlsx_hold_both_tables_read_back_independently()
    {
        var html = Path.Combine(_cache, "province.html");
        var xlsx = Path.Combine(_cache, "province.xlsx");
        Assert.Equal(1, (await HxProcess.RunAsync([.. Arguments("html"), "--output", html])).ExitCode);
        Assert.Equal(1, (await HxProcess.RunAsync([.. Arguments("xlsx"), "--output", xlsx])).ExitCode);

        // HTML: each <table> is well-formed markup; parse it strictly as XML and read its cells.
        var page = await File.ReadAllTextAsync(html);
        Assert.Contains("<h2>各省属医疗机构数据上传省平台情况（2022-04-01..2022-04-30）</h2>", page, StringComparison.Ordinal);
        var htmlTables = Regex.Matches(page, "<table>.*?</table>", RegexOptions.Singleline).Select(match => XElement.Parse(match.Value)
            .Elements("tr").Select(tr => tr.Elements().Select(cell => cell.Value).ToArray()).ToList()).ToList();
        Assert.Equal(2, htmlTables.Count);
        Assert.Equal(CityLines(), htmlTables[0].Skip(1).Take(2).Select(cells => string.Join(',', cells)));
        Assert.Equal(HospitalLines(), htmlTables[1].Skip(1).ToList());
        Assert.Contains("未能拉取", page, StringComparison.Ordinal); // the failed cities' provincial institutions are missing, and it says so

        // XLSX: read as the zip of XML parts it is (no OpenXML SDK), sheet names from the workbook, numbers as numbers.
        using var zip = ZipFile.OpenRead(xlsx);
        XNamespace main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        var workbook = XDocument.Load(zip.GetEntry("xl/workbook.xml")!.Open());
        Assert.Equal(["各市", "省属医疗机构"], workbook.Descendants(main + "sheet").Select(sheet => (string)sheet.Attribute("name")!));
        var sheets = zip.Entries.Where(entry => entry.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).OrderBy(entry => entry.FullName, StringComparer.Ordinal)
            .Select(entry => XDocument.Load(entry.Open()).Descendants(main + "row").Select(row => row.Elements(main + "c").Select(cell =>
                ((string?)cell.Attribute("t") == "n" || cell.Attribute("t") is null ? "#" : "") + cell.Value).ToArray()).ToList()).ToList();
        var hospitalSheet = sheets.Single(rows => rows.Count > 1 && rows[1][0] == "医疗机构接入单位");
        Assert.Equal(HospitalLines().Select(line => line.Select((text, i) => i is 0 or 3 or 5 ? text : "#" + text).ToArray()).ToList(),
            hospitalSheet.Skip(2).Take(3).ToList());
    }

    // ---- the answer, worked out from the feeds ----

    private IEnumerable<Feed> Of(string city, string? institution = null) =>
        _feeds.Where(feed => feed.City == city && (institution is null || feed.Institution == institution));

    /// <summary>数据上传量 counts every row sent, rejected ones too.</summary>
    private static long Rows(IEnumerable<Feed> feeds) => feeds.Sum(feed => (long)feed.Valid + feed.Invalid);

    private static long Records(IEnumerable<Feed> feeds, string table) => feeds.Where(feed => feed.Table == table).Sum(feed => (long)feed.Valid);

    private static int Days(IEnumerable<Feed> feeds) => feeds.Select(feed => feed.UploadedAt.ToOffset(TimeSpan.FromHours(8)).Date).Distinct().Count();

    /// <summary>检验检查上传量: rows sent to the catalogue's tables of category 检查检验.</summary>
    private long Inspection(string institution)
    {
        var inspection = Some.HospitalCatalogue.Tables.Where(table => table.Category == "检查检验").Select(table => table.Code).ToHashSet();
        return Rows(_feeds.Where(feed => feed.Institution == institution && inspection.Contains(feed.Table)));
    }

    /// <summary>上传率 over the institutions that reported a denominator; "/" when none did.</summary>
    private string Rate(string city, IEnumerable<string> institutions, string table, Func<Expected, long?> expected)
    {
        var counted = _expected.Where(e => e.City == city && institutions.Contains(e.Institution) && expected(e) is > 0).ToList();
        if (counted.Count == 0) return "/";
        var rate = Math.Round((decimal)counted.Sum(e => Records(Of(city, e.Institution), table)) / counted.Sum(e => expected(e)!.Value), 4);
        return (rate * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
    }

    private string[] CityLines() => Cities.Select(city =>
    {
        var feeds = Of(city).ToList();
        var institutions = feeds.Select(feed => feed.Institution).Concat(_expected.Where(e => e.City == city).Select(e => e.Institution)).ToHashSet();
        return string.Join(',', city, Rows(feeds), Days(feeds), Records(feeds, "outpatient_visit"), Rate(city, institutions, "outpatient_visit", e => e.Visits),
            Records(feeds, "inpatient_discharge"), Rate(city, institutions, "inpatient_discharge", e => e.Discharges), "/", "/", "/");
    }).OrderByDescending(line => long.Parse(line.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();

    private List<string[]> HospitalLines() =>
        new[] { ("南京市", NanjingProvincial, "江苏省测试人民医院"), ("南京市", NanjingSilentProvincial, "江苏省测试口腔医院"), ("苏州市", SuzhouProvincial, "江苏省肿瘤医院") }
            .Select(p =>
            {
                var feeds = Of(p.Item1, p.Item2).ToList();
                return (Rows: Rows(feeds), Cells: new[]
                {
                    p.Item3, Rows(feeds).ToString(CultureInfo.InvariantCulture), Records(feeds, "outpatient_visit").ToString(CultureInfo.InvariantCulture),
                    Rate(p.Item1, [p.Item2], "outpatient_visit", e => e.Visits), Records(feeds, "inpatient_discharge").ToString(CultureInfo.InvariantCulture),
                    Rate(p.Item1, [p.Item2], "inpatient_discharge", e => e.Discharges), Inspection(p.Item2).ToString(CultureInfo.InvariantCulture),
                    Days(feeds).ToString(CultureInfo.InvariantCulture),
                });
            }).OrderByDescending(line => line.Rows).ThenBy(line => line.Cells[0], StringComparer.Ordinal).Select(line => line.Cells).ToList();

    // ---- the feeds ----

    private static Task<TestDatabase> CityAsync() => TestDatabase.CreateAsync();

    private static Dictionary<string, string>[] RowsOf(Feed feed)
    {
        var day = DateOnly.FromDateTime(feed.UploadedAt.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var time = day.ToDateTime(new TimeOnly(9, 0));
        var prefix = feed.Batch + "-";
        return feed.Table switch
        {
            "outpatient_visit" => [.. Some.Visits(prefix, feed.Valid, day), .. Enumerable.Range(0, feed.Invalid).Select(i => BadVisit($"{prefix}bad{i}", time))],
            "inpatient_discharge" => Enumerable.Range(0, feed.Valid).Select(i => Some.DischargeRow($"{prefix}{i:D5}", time.AddDays(-3), time.AddMinutes(i))).ToArray(),
            "lab_result" => [.. Enumerable.Range(0, feed.Valid + feed.Invalid).Select(i => LabResult(prefix + "R1", i + 1, time.AddMinutes(i), valid: i < feed.Valid))],
            _ => throw new ArgumentException(feed.Table),
        };
    }

    private static Dictionary<string, string> BadVisit(string visitNo, DateTime time)
    {
        var row = Some.OutpatientRow(visitNo, time);
        row["id_no"] = Some.NationalId(new DateOnly(1980, 5, 17))[..17] + "0";
        return row;
    }

    /// <summary>A lab result line (检验结果明细, category 检查检验); an invalid one lacks its required test name.</summary>
    private static Dictionary<string, string> LabResult(string reportNo, int line, DateTime reported, bool valid) => new()
    {
        ["report_no"] = reportNo,
        ["item_seq"] = line.ToString(CultureInfo.InvariantCulture),
        ["patient_id"] = "P" + reportNo,
        ["report_time"] = reported.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        ["item_code"] = "GLU",
        ["item_name"] = valid ? "葡萄糖" : "",
    };

    private static async Task LoadAsync(TestDatabase database, Feed feed)
    {
        var table = Some.HospitalTable(feed.Table);
        var loader = new BatchLoader(database.DataSource);
        using var reader = new CsvTableReader(table, new MemoryStream(Encoding.UTF8.GetBytes(Some.Csv(table, RowsOf(feed)))), Encoding.UTF8);
        await loader.LoadAsync(new BatchIdentity(feed.Institution, feed.Batch, feed.UploadedAt), table, "csv",
            BatchValidator.Validate(table, reader, ValidationContext.At(feed.UploadedAt)), reader.HeaderIssues, reader.Header, CancellationToken.None);
    }
}
