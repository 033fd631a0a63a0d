using HealthExchange.Ingest.Schema;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Publishing;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx publish --period P [--kind K]` keeps the period's published snapshot (never overwritten);
/// `hx restatements --period P [--kind K]` lists every published figure the data now gives differently.
/// </summary>
internal static class PublishCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        if (!ReportPeriod.TryParse(line.Option("period"), out var period)) throw new UsageException("--period must be 2022, 2022-04, 2022-04-15 or a..b");
        var kinds = line.Option("kind") is { } kind ? [kind] : new[] { "district", "hospital" };
        if (kinds.Any(k => k is not ("district" or "hospital"))) throw new UsageException("--kind must be hospital or district");
        var settings = HostSettings.Load(line);
        await using var dataSource = PlatformDataSource.Create(settings.ConnectionString);
        var publisher = new ReportPublisher(dataSource, new MetricsQuery(dataSource, settings.LoadCatalogues(), settings.Metrics));
        var restated = false;
        foreach (var each in kinds)
        {
            if (line.Verb == "publish")
            {
                var published = await publisher.PublishAsync(period, each, CancellationToken.None);
                Console.Error.WriteLine(published ? $"published {period.Label} ({each})" : $"{period.Label} ({each}) was already published; it is kept as it was");
                continue;
            }
            var restatements = await publisher.RestatementsAsync(period, each, CancellationToken.None);
            restated |= restatements.Count > 0;
            var table = new TextTable(["institution", "column", "published", "now"]) { Title = $"{period.Label} ({each}): {restatements.Count} restated figure(s)" };
            foreach (var r in restatements) table.AddRow(r.Institution, r.Column, r.Published ?? "", r.Current ?? "");
            Console.Out.Write(table);
        }
        return restated ? ExitCodes.InputErrors : ExitCodes.Ok;
    }
}
