using System.Text.Json;
using HealthExchange.Host.Cli;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Catalogues;
using Spectre.Console;

namespace HealthExchange.Host.Commands;

/// <summary>`hx catalogue list`: the required tables in force, per kind.</summary>
public static class CatalogueCommand
{
    public static int Run(CommandLine line)
    {
        var sub = line.Words.Count > 1 ? line.Words[1] : "list";
        if (sub != "list") throw new UsageException($"unknown catalogue command '{sub}'");
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Json);
        var catalogues = CatalogueSet.Load().All.Where(c => line.Option("kind") is not { } kind || c.Kind.ToWire() == kind).ToList();
        if (format == OutputFormat.Json)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(catalogues.Select(c => new
            {
                c.Id, c.Version, kind = c.Kind.ToWire(), c.RequiredTables, c.RealtimeForms,
                tables = c.Tables.Select(t => new
                {
                    t.Code, t.NameZh, t.NameEn, t.Category, columns = t.Columns.Count, t.BusinessKey, t.EventTime, t.DocumentTypes,
                    roles = t.Roles.Select(r => r.ToWire()),
                    realtime = t.Realtime is null ? null : new { form = t.Realtime.Form, latency = System.Xml.XmlConvert.ToString(t.Realtime.Latency) },
                    checks = t.Checks.Select(check => new { rule = check.Rule.ToWire(), check.Column, check.Reference }),
                }),
            }), IssueJson.Options));
            return ExitCodes.Ok;
        }
        foreach (var catalogue in catalogues)
        {
            var table = new Table { Title = new TableTitle($"{catalogue.Id} v{catalogue.Version}: {catalogue.NameZh} ({catalogue.Tables.Count} tables, {catalogue.RealtimeForms} real-time forms)") };
            table.AddColumns("code", "名称", "name", "category", "cols", "roles", "real-time");
            foreach (var t in catalogue.Tables)
                table.AddRow(Markup.Escape(t.Code), Markup.Escape(t.NameZh), Markup.Escape(t.NameEn), Markup.Escape(t.Category), t.Columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    string.Join(",", t.Roles.Select(r => r.ToWire())), t.Realtime is null ? "" : $"#{t.Realtime.Form} ≤ {t.Realtime.Latency}");
            AnsiConsole.Write(table);
        }
        return ExitCodes.Ok;
    }
}
