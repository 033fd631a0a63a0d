using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Schema;
using Npgsql;
using HealthExchange.Host.Province;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Reports;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx province pull --city 南京市=URL[,token] ... --period 2016-03-01..2016-04-30 [--format table|csv|json|html|xlsx]
/// [--output FILE] [--affiliation 省[,中央]] [--cache DIR] [--store]` and `hx province report --period P` (from what --store kept):
/// pulls every city's summaries and prints the province's two tables — the cities, then the provincial institutions
/// (隶属关系 省 by default). A city that cannot be reached or refuses the token is shown as such; the others are still
/// reported; the exit code is then 1.
/// </summary>
internal static class ProvinceCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var sub = line.Words.ElementAtOrDefault(1);
        if (sub is not ("pull" or "report")) throw new UsageException("hx province pull --city NAME=URL[,token] ... --period P [--store] | hx province report --period P");
        if (!ReportPeriod.TryParse(line.Option("period"), out var period)) throw new UsageException("--period must be 2016-03, 2016 or 2016-03-01..2016-04-30");
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, OutputFormat.Html, OutputFormat.Xlsx);
        IReadOnlyList<CityPull> pulls;
        if (sub == "report")
        {
            // Re-rendered from the province's own database: no city is contacted.
            await using var dataSource = await StoreAsync(line);
            pulls = await new ProvinceStore(dataSource).ReadAsync(period.Label, CancellationToken.None);
        }
        else
        {
            var cities = line.Options.TryGetValue("city", out var given) ? given.Select(CitySource.Parse).ToList() : throw new UsageException("give at least one --city NAME=URL[,token]");
            var cache = new PullCache(line.Option("cache") ?? Path.Combine(".hx", "province-cache"));
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
            var puller = new CityPuller(http, cache, Affiliations(line.Option("affiliation")));
            using (var progress = TerminalProgress.Start("hx province pull: cities", cities.Count))
                pulls = await Task.WhenAll(cities.Select(async city =>
                {
                    var pull = await puller.PullAsync(city, period.From, period.To.AddDays(-1), CancellationToken.None);
                    progress.Advance();
                    return pull;
                }));
            if (line.Flag("store"))
            {
                await using var dataSource = await StoreAsync(line);
                await new ProvinceStore(dataSource).KeepAsync(period.Label, pulls, CancellationToken.None);
            }
        }
        var report = new ProvinceReport(period, pulls);
        Write(report, format, line.Option("output"), period);
        foreach (var city in report.Cities.Where(city => city.Failure is null))
            await Console.Error.WriteLineAsync($"hx province: {city.City} data version {city.DataVersion}");
        return report.Cities.Any(city => city.Failure is not null) ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    private static void Write(ProvinceReport report, OutputFormat format, string? output, ReportPeriod period)
    {
        switch (format)
        {
            case OutputFormat.Json: WriteText(output, report.JsonText() + "\n"); break;
            case OutputFormat.Csv: WriteText(output, report.Csv()); break;
            case OutputFormat.Html: WriteText(output, HtmlReportWriter.Write(report.Printed())); break;
            case OutputFormat.Xlsx:
                var path = output ?? $"hx-province-{period.Label.Replace("..", "_", StringComparison.Ordinal)}.xlsx";
                using (var file = File.Create(path)) XlsxReportWriter.Write(file, report.Printed());
                Console.Error.WriteLine($"wrote {Path.GetFullPath(path)}");
                break;
            default: WriteText(output, report.Text()); break;
        }
    }

    private static void WriteText(string? output, string text)
    {
        if (output is null) Console.Out.Write(text);
        else { File.WriteAllText(output, text); Console.Error.WriteLine($"wrote {Path.GetFullPath(output)}"); }
    }

    /// <summary>--affiliation 省,中央 (labels or GB/T 12404 codes): whose lines make the second table; 省 when not given.</summary>
    private static HashSet<string>? Affiliations(string? text)
    {
        if (text is null) return null;
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            labels.Add(InstitutionAffiliation.TryParse(part, out var label) && label is not null
                ? label : throw new UsageException($"--affiliation '{part}' is not one of {InstitutionAffiliation.Choices}"));
        return labels.Count > 0 ? labels : throw new UsageException("--affiliation needs at least one 隶属关系");
    }

    /// <summary>The province's own database (--db / HX_Database__ConnectionString), migrated.</summary>
    private static async Task<NpgsqlDataSource> StoreAsync(CommandLine line)
    {
        var settings = HostSettings.Load(line);
        var dataSource = PlatformDataSource.Create(settings.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync(settings.LoadCatalogues());
        return dataSource;
    }
}
