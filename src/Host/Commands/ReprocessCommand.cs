using System.Globalization;
using System.Text.Json;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Registry;
using HealthExchange.Ingest.Reprocessing;
using HealthExchange.Ingest.Schema;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx reprocess`: after a catalogue or value set was fixed, re-validates the quarantined rows (all, or one
/// institution's, table's or batch's) and loads those that pass now, exactly once. Exit 0 when nothing of
/// the selection is left in quarantine, 1 when rows still fail.
/// </summary>
internal static class ReprocessCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Json);
        var filter = new ReprocessFilter(line.Option("institution"), line.Option("table"), line.Option("batch"));
        var settings = HostSettings.Load(line);
        // The operator's --catalogue / --value-sets / Catalogues:* settings, as every other command honours them.
        var catalogues = settings.LoadCatalogues();
        await using var dataSource = PlatformDataSource.Create(settings.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync(catalogues);
        var reprocessor = new QuarantineReprocessor(dataSource, catalogues, new InstitutionRegistry(dataSource, TimeProvider.System), TimeProvider.System);
        IReadOnlyList<BatchReprocessResult> results;
        using (var progress = TerminalProgress.Start("hx reprocess: batches", 0))
            results = await reprocessor.ReprocessAsync(filter, CancellationToken.None, progress.Report);

        if (format == OutputFormat.Json) WriteJson(results);
        else WriteText(results);
        return results.Any(result => result.StillQuarantined > 0) ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    private static void WriteText(IReadOnlyList<BatchReprocessResult> results)
    {
        if (results.Count == 0)
        {
            Console.Out.WriteLine("reprocess: no quarantined rows waiting");
            return;
        }
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reprocess: {results.Count} batch(es), {results.Sum(r => r.Examined)} quarantined row(s) re-validated: {results.Sum(r => r.Released)} released " +
            $"({results.Sum(r => r.Inserted)} inserted, {results.Sum(r => r.Updated)} updated, {results.Sum(r => r.Unchanged)} unchanged), " +
            $"{results.Sum(r => r.StillQuarantined)} still quarantined"));
        foreach (var r in results)
        {
            var what = r.Skipped is not null
                ? $"skipped, {r.StillQuarantined} row(s) left in quarantine: {r.Skipped}"
                : $"{r.Examined} → released {r.Released} (inserted {r.Inserted}, updated {r.Updated}, unchanged {r.Unchanged}"
                  + (r.Superseded > 0 ? $", of which {r.Superseded} superseded by a later upload" : "") + ")"
                  + (r.StillQuarantined > 0 ? $", still quarantined {r.StillQuarantined}: " + string.Join(", ", r.IssueCounts.Select(pair => $"{pair.Key} ×{pair.Value}")) : "");
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {r.Institution}/{r.BatchId} {r.Table}: {what}"));
        }
    }

    private static void WriteJson(IReadOnlyList<BatchReprocessResult> results) =>
        Console.Out.WriteLine(JsonSerializer.Serialize(new
        {
            batches = results.Count,
            examined = results.Sum(r => r.Examined),
            released = results.Sum(r => r.Released),
            inserted = results.Sum(r => r.Inserted),
            updated = results.Sum(r => r.Updated),
            unchanged = results.Sum(r => r.Unchanged),
            stillQuarantined = results.Sum(r => r.StillQuarantined),
            results = results.Select(r => new
            {
                institution = r.Institution, batchId = r.BatchId, table = r.Table, examined = r.Examined, released = r.Released,
                inserted = r.Inserted, updated = r.Updated, unchanged = r.Unchanged, superseded = r.Superseded,
                stillQuarantined = r.StillQuarantined, issueCounts = r.IssueCounts, skipped = r.Skipped,
            }),
        }, IssueJson.Options));
}
