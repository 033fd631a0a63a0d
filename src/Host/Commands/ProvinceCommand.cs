using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Schema;
using Npgsql;
using HealthExchange.Host.Province;
using HealthExchange.Metrics.Periods;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx province pull --city 南京市=URL[,token] ... --period 2016-03-01..2016-04-30 [--format table|csv|json] [--cache DIR] [--store]`
/// and `hx province report --period P` (from what --store kept):
/// pulls every city's summaries and prints the province table. A city that cannot be reached or refuses the token is
/// shown as such; the others are still reported; the exit code is then 1.
/// </summary>
public static class ProvinceCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(CommandLine line)
    {
        var sub = line.Words.ElementAtOrDefault(1);
        if (sub is not ("pull" or "report")) throw new UsageException("hx province pull --city NAME=URL[,token] ... --period P [--store] | hx province report --period P");
        if (!ReportPeriod.TryParse(line.Option("period"), out var period)) throw new UsageException("--period must be 2016-03, 2016 or 2016-03-01..2016-04-30");
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        IReadOnlyList<CityFigures> rows;
        if (sub == "report")
        {
            // Re-rendered from the province's own database: no city is contacted.
            await using var dataSource = await StoreAsync(line);
            rows = ProvinceTable.Sorted(await new ProvinceStore(dataSource).ReadAsync(period.Label, CancellationToken.None));
        }
        else
        {
            var cities = line.Options.TryGetValue("city", out var given) ? given.Select(CitySource.Parse).ToList() : throw new UsageException("give at least one --city NAME=URL[,token]");
            var cache = new PullCache(line.Option("cache") ?? Path.Combine(".hx", "province-cache"));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            var puller = new CityPuller(http, cache);
            using (var progress = TerminalProgress.Start("hx province pull: cities", cities.Count))
                rows = ProvinceTable.Sorted(await Task.WhenAll(cities.Select(async city =>
                {
                    var row = await puller.PullAsync(city, period.From, period.To.AddDays(-1), CancellationToken.None);
                    progress.Advance();
                    return row;
                })));
            if (line.Flag("store"))
            {
                await using var dataSource = await StoreAsync(line);
                await new ProvinceStore(dataSource).KeepAsync(period.Label, rows, CancellationToken.None);
            }
        }
        switch (format)
        {
            case OutputFormat.Json:
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new { period = period.Label, cities = rows }, Json));
                break;
            case OutputFormat.Csv:
                var csv = new StringBuilder(CsvText.Line(ProvinceTable.Headings)).Append('\n');
                foreach (var row in rows) csv.Append(CsvText.Line(ProvinceTable.Cells(row))).Append('\n');
                await Console.Out.WriteAsync(csv.ToString());
                break;
            default:
                var table = new TextTable(ProvinceTable.Headings, [false, true, true, true, true, true, true, true, true, true])
                {
                    Title = $"各市区域健康信息平台数据上传省平台情况（{period.From:yyyy-MM-dd}..{period.To.AddDays(-1):yyyy-MM-dd}）",
                };
                foreach (var row in rows) table.AddRow(ProvinceTable.Cells(row));
                await Console.Out.WriteAsync(table.ToString());
                break;
        }
        foreach (var row in rows.Where(row => row.Failure is null))
            await Console.Error.WriteLineAsync($"hx province: {row.City} data version {row.DataVersion}");
        return rows.Any(row => row.Failure is not null) ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    /// <summary>The province's own database (--db / HX_Database__ConnectionString), migrated.</summary>
    private static async Task<NpgsqlDataSource> StoreAsync(CommandLine line)
    {
        var settings = HostSettings.Load(line);
        var dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync(settings.LoadCatalogues());
        return dataSource;
    }
}
