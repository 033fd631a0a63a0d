using System.Text.Json;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Host.Commands;

internal static partial class CatalogueCommand
{
    /// <summary>Every defect of each file — syntax, duplicate codes, unknown value sets, missing roles, wrong counts — with its line.</summary>
    private static int Check(CommandLine line, OutputFormat format)
    {
        var files = line.Positionals(2);
        if (files.Count == 0) throw new UsageException("catalogue check takes one or more FILEs");
        var valueSets = line.Option("value-sets") ?? SchemaPaths.ValueSets;
        var results = files.Select(file => (File: file, Result: CatalogueLoader.Load(file, valueSets))).ToList();
        if (format == OutputFormat.Json)
            Console.Out.WriteLine(JsonSerializer.Serialize(results.Select(r => new
            {
                file = r.File,
                valid = r.Result.IsValid,
                tables = r.Result.Catalogue?.Tables.Count,
                defects = r.Result.Defects.Select(d => new { d.Line, d.Kind, d.Message }),
            }), IssueJson.Options));
        else
            foreach (var (file, result) in results)
            {
                Console.Out.WriteLine(result.IsValid
                    ? $"{file}: ok — {result.Catalogue!.Id} v{result.Catalogue.Version}, {result.Catalogue.Tables.Count} tables, {result.Catalogue.RealtimeForms} real-time forms"
                    : $"{file}: {result.Defects.Count} defect(s)");
                foreach (var defect in result.Defects) Console.Out.WriteLine($"  line {defect.Line}: [{defect.Kind}] {defect.Message}");
            }
        return results.All(r => r.Result.IsValid) ? ExitCodes.Ok : ExitCodes.InputErrors;
    }

    /// <summary>One table: its key, event time, roles, real-time limit, feeding documents and every column.</summary>
    private static int Show(CommandLine line, OutputFormat format)
    {
        var code = line.Positionals(2) is [var only] ? only : throw new UsageException("catalogue show takes one table CODE");
        var catalogues = HostSettings.Load(line).LoadCatalogues();
        var table = catalogues.DistinctTables.FirstOrDefault(t => t.Code == code) ?? throw new UsageException($"no table '{code}' in the catalogues in force");
        var kinds = catalogues.All.Where(c => c.TryGetTable(code, out _)).Select(c => $"{c.Id} ({c.Kind.ToWire()})");
        if (format == OutputFormat.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(new
            {
                table.Code, table.NameZh, table.NameEn, table.Category, catalogues = kinds, table.BusinessKey, table.EventTime, table.DocumentTypes,
                roles = table.Roles.Select(r => r.ToWire()), personKey = table.PersonKey,
                realtime = table.Realtime is null ? null : new { form = table.Realtime.Form, latency = System.Xml.XmlConvert.ToString(table.Realtime.Latency) },
                columns = table.Columns.Select(c => new
                {
                    c.Name, c.Element, c.NameZh, c.NameEn, type = c.Type.ToString(), c.Required, valueSet = c.ValueSetId,
                    personal = c.Personal.ToString(),
                }),
            }, IssueJson.Options));
            return ExitCodes.Ok;
        }
        Console.Out.WriteLine($"{table.Code} {table.NameZh} / {table.NameEn} — {table.Category}; in {string.Join(", ", kinds)}");
        Console.Out.WriteLine($"business key: {string.Join(" + ", table.BusinessKey)}; event time: {table.EventTime}; documents: {string.Join(" ", table.DocumentTypes)}");
        if (table.Roles.Count > 0) Console.Out.WriteLine($"roles: {string.Join(", ", table.Roles.Select(r => r.ToWire()))}");
        if (table.Realtime is { } realtime) Console.Out.WriteLine($"real-time form #{realtime.Form}: within {System.Xml.XmlConvert.ToString(realtime.Latency)} of the event");
        var columns = new TextTable(["column", "element", "名称", "name", "type", "required", "value set", "personal"]);
        foreach (var c in table.Columns)
            columns.AddRow(c.Name, c.Element ?? "", c.NameZh, c.NameEn, c.Type.ToString(), c.Required ? "yes" : "", c.ValueSetId ?? "", c.Personal == PersonalDataClass.None ? "" : c.Personal.ToString());
        Console.Out.Write(columns);
        return ExitCodes.Ok;
    }
}
