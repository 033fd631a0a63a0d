using HealthExchange.Ingest.Schema;
using System.Globalization;
using System.Text.Json;
using HealthExchange.Cda;
using HealthExchange.Cda.Checking;
using HealthExchange.Cda.Model;
using HealthExchange.Cda.Types;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Cda;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Registry;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx cda validate FILE... [--institution CODE] [--no-schema] [--format json]`: the platform's document checks
/// offline, no services; exit 1 when any file has an error. `hx cda get DOCUMENT_ID [--institution CODE]`: the
/// stored original, byte for byte, on stdout.
/// </summary>
internal static class CdaCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var sub = line.Words.Count > 1 ? line.Words[1] : "";
        return sub switch
        {
            "validate" => Validate(line),
            "get" => await GetAsync(line),
            _ => throw new UsageException($"unknown cda command '{sub}' (validate or get)"),
        };
    }

    private static int Validate(CommandLine line)
    {
        var files = line.Positionals(2);
        if (files.Count == 0) throw new UsageException("cda validate takes one or more FILEs");
        foreach (var file in files.Where(file => !File.Exists(file))) throw new UsageException($"no such file: {file}");
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Json);
        var settings = HostSettings.Load(line);
        if (line.Flag("no-schema")) settings.Cda.SchemaValidation = false;
        var institution = line.Option("institution");
        var registry = File.Exists(InstitutionCsv.DefaultSeed) ? InstitutionCsv.Read(InstitutionCsv.DefaultSeed) : [];
        var kind = registry.FirstOrDefault(i => i.Code == institution)?.Kind ?? InstitutionKind.Hospital;
        var catalogues = settings.LoadCatalogues();
        var codes = registry.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var validator = new CdaValidator(settings.Cda, DocumentTypeCatalogue.Load(DocumentTypeCatalogue.DefaultFile, catalogues), CodedValueSets.Default);
        var context = new CdaCheckContext(institution, codes.Contains, catalogues.For(kind), TimeProvider.System.GetUtcNow());

        var results = files.Select(file => (File: file, Result: validator.Validate(File.ReadAllBytes(file), context))).ToList();
        if (format == OutputFormat.Json) WriteJson(results);
        else foreach (var (file, result) in results) WriteText(file, result);
        return results.Any(r => !r.Result.Passed) ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    private static void WriteText(string file, CdaResult result)
    {
        var type = result.TypeCode is null ? result.Kind.ToWire() : $"{result.TypeCode} {result.Title}";
        var verdict = result.Passed ? "passes" : "REJECTED";
        Console.Out.WriteLine($"{file}: {type} — document {result.DocumentId}: {verdict}; {result.RowsExtracted} row(s) extracted, "
            + $"{result.Issues.Count(i => i.Severity == IssueSeverity.Error)} error(s), {result.Warnings} warning(s)");
        foreach (var table in result.Tables)
            Console.Out.WriteLine($"  → {table.Table.Code}: {table.Rows.Count} row(s), {table.Rows.Count(r => r.Rejected)} rejected");
        foreach (var issue in result.Issues)
        {
            var where = issue.Column ?? (issue.Row is { } row ? "line " + row.ToString(CultureInfo.InvariantCulture) : "document");
            var definition = issue.Definition;
            Console.Out.WriteLine($"  {issue.Code} {(issue.Severity == IssueSeverity.Error ? "error  " : "warning")} {where}: {definition.TitleZh} / {definition.TitleEn}"
                + (issue.Detail is null ? "" : $" — {issue.Detail}") + (issue.Value is null ? "" : $" — value '{issue.Value}'"));
        }
    }

    private static void WriteJson(List<(string File, CdaResult Result)> results) =>
        Console.Out.WriteLine(JsonSerializer.Serialize(results.Select(r => new
        {
            file = r.File,
            kind = r.Result.Kind.ToWire(),
            documentId = r.Result.DocumentId,
            typeCode = r.Result.TypeCode,
            templateId = r.Result.TemplateId,
            title = r.Result.Title,
            passed = r.Result.Passed,
            rowsExtracted = r.Result.RowsExtracted,
            tables = r.Result.Tables.Select(t => new { table = t.Table.Code, rows = t.Rows.Count, rejected = t.Rows.Count(row => row.Rejected) }),
            issues = r.Result.Issues.Select(IssueJson.ToDto),
        }), IssueJson.Options));

    private static async Task<int> GetAsync(CommandLine line)
    {
        var ids = line.Positionals(2);
        if (ids.Count != 1) throw new UsageException("cda get takes exactly one DOCUMENT_ID");
        var settings = HostSettings.Load(line);
        await using var dataSource = PlatformDataSource.Create(settings.ConnectionString);
        StoredDocument? document;
        try
        {
            document = await CdaDocumentStore.GetAsync(dataSource, ids[0], line.Option("institution"), CancellationToken.None);
        }
        catch (AmbiguousDocumentException error)
        {
            throw new UsageException(error.Message);
        }
        if (document is null)
        {
            await Console.Error.WriteLineAsync($"hx: no stored document '{ids[0]}'" + (line.Option("institution") is { } code ? $" from {code}" : ""));
            return ExitCodes.InputErrors;
        }
        await using var stdout = Console.OpenStandardOutput();
        await stdout.WriteAsync(document.Original);
        await stdout.FlushAsync();
        return ExitCodes.Ok;
    }
}
