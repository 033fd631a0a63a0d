using System.Globalization;
using System.Text.Json;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.DeadLetters;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.Ingest.Schema;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx dlq list [--institution CODE] [--code HXnnnn] [--since DATE] [--all]` — the stored dead letters (pending ones
/// unless --all); `hx dlq replay ID... | --code HXnnnn [--institution CODE]` — feed them back through the settle step
/// once their cause is fixed. Replay answers the senders on hx.receipts, so it needs Kafka (--kafka). Exit 1 while a
/// replayed record is still a dead letter.
/// </summary>
internal static class DeadLetterCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var sub = line.Words.Count > 1 ? line.Words[1] : "list";
        var settings = HostSettings.Load(line);
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Json);
        var ids = line.Positionals(2).Select(ParseId).ToList();
        var filter = new DeadLetterFilter(ids, line.Option("institution"), line.Option("code"), Since(line.Option("since")), line.Flag("all"));
        switch (sub)
        {
            case "list":
            {
                await using var dataSource = PlatformDataSource.Create(settings.ConnectionString);
                await new SchemaMigrator(dataSource).MigrateAsync(settings.LoadCatalogues());
                Write(await DeadLetterQuery.ListAsync(dataSource, filter, CancellationToken.None), format);
                return ExitCodes.Ok;
            }
            case "replay":
            {
                if (ids.Count == 0 && filter.Code is null && filter.Institution is null)
                    throw new UsageException("hx dlq replay needs dead-letter ids, --code or --institution");
                await using var services = await PipelineServices.CreateAsync(settings, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);
                using var progress = TerminalProgress.Start("hx dlq replay: dead letters", 0);
                var replayed = await new DeadLetterReplayer(services.DataSource, services.Settler).ReplayAsync(filter, CancellationToken.None, progress.Report);
                progress.Dispose();
                WriteReplay(replayed, format);
                return replayed.Any(r => r.Result.Status == BatchStatus.DeadLetter) ? ExitCodes.InputErrors : ExitCodes.Ok;
            }
            default:
                throw new UsageException($"unknown dlq command '{sub}'");
        }
    }

    private static long ParseId(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw new UsageException($"'{text}' is not a dead-letter id");

    private static DateTimeOffset? Since(string? text) =>
        text is null ? null
        : DateOnly.TryParse(text, CultureInfo.InvariantCulture, out var day) ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8))
        : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out var moment) ? moment
        : throw new UsageException($"--since '{text}' is not a date");

    private static void Write(IReadOnlyList<StoredDeadLetter> letters, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(letters, IssueJson.Options));
            return;
        }
        var table = new TextTable(["id", "received", "institution", "batch", "code", "reason", "bytes", "attempts", "replayed"]);
        foreach (var d in letters)
            table.AddRow(d.Id.ToString(CultureInfo.InvariantCulture), d.ReceivedAt.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                d.Institution, d.BatchId, d.Code, d.Reason.Length > 60 ? d.Reason[..60] + "…" : d.Reason, d.Bytes.ToString(CultureInfo.InvariantCulture),
                d.Attempts.ToString(CultureInfo.InvariantCulture), d.ReplayStatus ?? "");
        Console.Out.Write(table);
        Console.Error.WriteLine($"{letters.Count} dead letter(s)");
    }

    private static void WriteReplay(IReadOnlyList<(StoredDeadLetter DeadLetter, BatchResult Result)> replayed, OutputFormat format)
    {
        var rows = replayed.Select(r => new
        {
            id = r.DeadLetter.Id, institution = r.Result.Batch.Institution, batchId = r.Result.SenderBatchId ?? r.Result.Batch.BatchId,
            status = r.Result.Status switch { BatchStatus.Loaded => "loaded", BatchStatus.Duplicate => "duplicate", _ => "dead_letter" },
            code = (r.Result as DeadLetteredBatch)?.Issue.Code, loaded = (r.Result as LoadedBatch)?.Outcome.Inserted ?? 0,
            quarantined = (r.Result as LoadedBatch)?.Outcome.Quarantined ?? 0,
        }).ToList();
        if (format == OutputFormat.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(rows, IssueJson.Options));
            return;
        }
        foreach (var r in rows)
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dead letter {r.id} {r.institution}/{r.batchId}: {r.status}{(r.code is null ? "" : " " + r.code)}, loaded {r.loaded}, quarantined {r.quarantined}"));
        Console.Error.WriteLine($"replayed {rows.Count} dead letter(s): {rows.Count(r => r.status != "dead_letter")} settled, {rows.Count(r => r.status == "dead_letter")} still dead letters");
    }
}
