using System.Text.Json;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Registry;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx institutions import [FILE] [--declarations FILE]` (default: the shipped Nanjing seed with its declarations),
/// `hx institutions export [declarations]` (CSV on stdout, the same shape import reads), `hx institutions list` and
/// `hx institutions affiliation CODE 省|20|-` (隶属关系; `-` clears it).
/// </summary>
internal static class InstitutionsCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var sub = line.Words.Count > 1 ? line.Words[1] : "list";
        var settings = HostSettings.Load(line);
        await using var dataSource = PlatformDataSource.Create(settings.ConnectionString);
        await new SchemaMigrator(dataSource).MigrateAsync(settings.LoadCatalogues());
        switch (sub)
        {
            case "import":
                var given = line.Positionals(2);
                var (institutions, declarations) = await RegistrySeed.ImportAsync(dataSource, settings.LoadCatalogues(),
                    given.Count > 0 ? given[0] : null, line.Option("declarations"), CancellationToken.None);
                Console.Error.WriteLine($"imported {institutions} institutions and {declarations} declarations");
                return ExitCodes.Ok;
            case "export":
                Console.Out.Write(await ExportAsync(dataSource, line.Positionals(2) is [ "declarations" ]));
                return ExitCodes.Ok;
            case "list":
                var registry = new InstitutionRegistry(dataSource, TimeProvider.System);
                var all = await registry.AllAsync(CancellationToken.None);
                if (OutputFormats.From(line, OutputFormat.Table, OutputFormat.Json) == OutputFormat.Json)
                    Console.Out.WriteLine(JsonSerializer.Serialize(all.Select(i => new { i.Code, i.Name, kind = i.Kind.ToWire(), i.UploadMethod, i.CatalogueId, i.Affiliation }), IssueJson.Options));
                else
                {
                    var table = new TextTable(["code", "名称", "kind", "上传方式", "catalogue", "隶属关系"]);
                    foreach (var i in all) table.AddRow(i.Code, i.Name, i.Kind.ToWire(), i.UploadMethod, i.CatalogueId, i.Affiliation ?? "");
                    Console.Out.Write(table);
                }
                return ExitCodes.Ok;
            case "keys":
                return await InstitutionKeysCommand.RunAsync(line, dataSource);
            case "signing":
                var (code, policy) = line.Positionals(2) is [var c, var p] ? (c, p) : throw new UsageException("hx institutions signing CODE required|optional");
                if (policy is not ("required" or "optional")) throw new UsageException("signing is required or optional");
                if (!await InstitutionKeys.SetRequiredAsync(dataSource, code, policy == "required", CancellationToken.None))
                    throw new UsageException($"no institution {code}");
                Console.Error.WriteLine($"{code}: signing {policy}");
                return ExitCodes.Ok;
            case "affiliation":
                var (institution, given2) = line.Positionals(2) is [var ic, var ia] ? (ic, ia) : throw new UsageException("hx institutions affiliation CODE 省|20|-");
                if (!InstitutionAffiliation.TryParse(given2 == "-" ? null : given2, out var affiliation))
                    throw new UsageException($"隶属关系 affiliation must be one of {InstitutionAffiliation.Choices}, or - to clear it");
                if (!await InstitutionRegistry.SetAffiliationAsync(dataSource, institution, affiliation, CancellationToken.None))
                    throw new UsageException($"no institution {institution}");
                Console.Error.WriteLine($"{institution}: 隶属关系 {affiliation ?? "(not recorded)"}");
                return ExitCodes.Ok;
            case "expected":
                return await ExpectedVolumesCommand.RunAsync(line, dataSource);
            default:
                throw new UsageException($"unknown institutions command '{sub}'");
        }
    }

    private static async Task<string> ExportAsync(NpgsqlDataSource dataSource, bool declarations)
    {
        if (declarations) return DeclarationCsv.Write(await new DeclarationStore(dataSource).AllAsync(CancellationToken.None));
        return InstitutionCsv.Write(await new InstitutionRegistry(dataSource, TimeProvider.System).AllAsync(CancellationToken.None));
    }
}
