using System.Text.Json;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx catalogue list` (the required tables in force, per kind), `hx catalogue show CODE` (one table's columns)
/// and `hx catalogue check FILE...` (every defect of a catalogue file, with its line; exit 1 when any).
/// </summary>
internal static partial class CatalogueCommand
{
    public static int Run(CommandLine line)
    {
        var sub = line.Words.Count > 1 ? line.Words[1] : "list";
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Json);
        switch (sub)
        {
            case "check": return Check(line, format);
            case "show": return Show(line, format);
            case "list": break;
            default: throw new UsageException($"unknown catalogue command '{sub}'");
        }
        var catalogues = HostSettings.Load(line).LoadCatalogues().All.Where(c => line.Option("kind") is not { } kind || c.Kind.ToWire() == kind).ToList();
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
            var table = new TextTable(["code", "名称", "name", "category", "cols", "roles", "real-time"])
            {
                Title = $"{catalogue.Id} v{catalogue.Version}: {catalogue.NameZh} ({catalogue.Tables.Count} tables, {catalogue.RealtimeForms} real-time forms)",
            };
            foreach (var t in catalogue.Tables)
                table.AddRow(t.Code, t.NameZh, t.NameEn, t.Category, t.Columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    string.Join(",", t.Roles.Select(r => r.ToWire())), t.Realtime is null ? "" : $"#{t.Realtime.Form} ≤ {System.Xml.XmlConvert.ToString(t.Realtime.Latency)}");
            Console.Out.Write(table);
        }
        return ExitCodes.Ok;
    }
}
