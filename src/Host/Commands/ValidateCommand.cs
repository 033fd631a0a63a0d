using System.Text.Json;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Registry;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx validate`: the platform's own checks, offline, before pushing. No Kafka, no database: the
/// institution's kind comes from --kind or the shipped registry seed.
/// </summary>
internal static class ValidateCommand
{
    public static int Run(CommandLine line)
    {
        var institution = line.RequiredOption("institution");
        var tableCode = line.RequiredOption("table");
        var files = line.Positionals();
        if (files.Count != 1) throw new UsageException("validate takes exactly one FILE");
        if (!File.Exists(files[0])) throw new UsageException($"no such file: {files[0]}");
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Json);
        var kind = KindOf(institution, line.Option("kind"));
        var catalogue = HostSettings.Load(line).LoadCatalogues().For(kind);
        if (!catalogue.TryGetTable(tableCode, out var table)) throw new UsageException($"table '{tableCode}' is not in catalogue {catalogue.Id} (see `hx catalogue list`)");
        var batchFormatText = line.Option("batch-format") ?? BatchFormats.ForFile(files[0]);
        if (!BatchFormats.TryParse(batchFormatText, out var batchFormat)) throw new UsageException("--batch-format must be csv, jsonl or arrow");
        if (!BatchFormats.TryGetEncoding(line.Option("charset"), out var encoding)) throw new UsageException("--charset must be utf-8 or gb18030");

        var summary = new BatchSummary();
        using (var stream = File.OpenRead(files[0]))
        using (var reader = BatchFormats.Open(batchFormat, table, stream, encoding))
        {
            if (reader.UnreadableReason is { } unreadable)
            {
                Console.Error.WriteLine($"{files[0]}: {IssueCodes.UnreadableBatch.Code} {IssueCodes.UnreadableBatch.TitleEn}: {unreadable}");
                return ExitCodes.InputErrors;
            }
            foreach (var row in BatchValidator.Validate(table, reader, ValidationContext.At(TimeProvider.System.GetUtcNow())))
                summary.Add(row);
            summary.AddHeaderIssues(reader.HeaderIssues);
        }
        if (format == OutputFormat.Json) WriteJson(files[0], table, summary);
        else WriteText(files[0], table, summary);
        return summary.HasErrors ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    private static InstitutionKind KindOf(string institution, string? kindOption)
    {
        if (kindOption is not null)
            return InstitutionKindNames.TryParse(kindOption, out var given) ? given : throw new UsageException("--kind must be hospital or district");
        var known = File.Exists(InstitutionCsv.DefaultSeed) ? InstitutionCsv.Read(InstitutionCsv.DefaultSeed).FirstOrDefault(i => i.Code == institution) : null;
        return known?.Kind ?? InstitutionKind.Hospital;
    }

    private static void WriteText(string file, TableDefinition table, BatchSummary summary)
    {
        Console.Out.WriteLine($"{file}: table {table.Code} {table.NameZh} — received {summary.Received}, accepted {summary.Accepted}, rejected {summary.Rejected}, warnings {summary.Warnings}");
        foreach (var (code, count) in summary.IssueCounts)
        {
            var definition = IssueCodes.All.First(d => d.Code == code);
            Console.Out.WriteLine($"  {code} ×{count}  {definition.TitleZh} / {definition.TitleEn}");
        }
        foreach (var issue in summary.FirstIssues.Take(20))
            Console.Out.WriteLine($"    row {issue.Row?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "header"}: {issue.Code} {issue.MessageZh} | {issue.MessageEn}" + (issue.Value is null ? "" : $" — value '{issue.Value}'"));
    }

    private static void WriteJson(string file, TableDefinition table, BatchSummary summary) =>
        Console.Out.WriteLine(JsonSerializer.Serialize(new
        {
            file,
            table = table.Code,
            received = summary.Received,
            accepted = summary.Accepted,
            rejected = summary.Rejected,
            warnings = summary.Warnings,
            issueCounts = summary.IssueCounts,
            issues = summary.FirstIssues.Select(IssueJson.ToDto),
        }, IssueJson.Options));
}
