using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Reports;
using Npgsql;
using Spectre.Console;

namespace HealthExchange.Host.Commands;

/// <summary>`hx report`: the platform's table for a period, in its layout: table, CSV or JSON.</summary>
public static class ReportCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        if (!ReportPeriod.TryParse(line.Option("period"), out var period))
            throw new UsageException("--period must be 2022, 2022-04, 2022-04-15 or 2022-01-01..2022-03-31");
        var kind = line.Option("kind");
        if (kind is not (null or "hospital" or "district")) throw new UsageException("--kind must be hospital or district");
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var settings = HostSettings.Load(line);
        await using var dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
        var report = await new MetricsQuery(dataSource).ReportAsync(period, kind, CancellationToken.None);
        Write(report, format, line.Flag("english"));
        return ExitCodes.Ok;
    }

    public static void Write(PlatformReport report, OutputFormat format, bool english)
    {
        switch (format)
        {
            case OutputFormat.Json: Console.Out.WriteLine(ReportWriters.JsonText(report)); break;
            case OutputFormat.Csv: Console.Out.Write(ReportWriters.Csv(report, english)); break;
            default: AnsiConsole.Write(Table(report, english)); break;
        }
    }

    private static Table Table(PlatformReport report, bool english)
    {
        var title = english
            ? $"Platform upload statistics {report.Period.Label}" + (report.Kind is null ? "" : $" ({report.Kind})")
            : $"市卫生信息平台数据上传情况 {report.Period.Label}" + (report.Kind switch { "hospital" => "（医院）", "district" => "（区县）", _ => "" });
        var table = new Table { Title = new TableTitle(title), Border = TableBorder.Rounded };
        foreach (var column in ReportColumn.Standard)
            table.AddColumn(new TableColumn(Markup.Escape(column.Heading(english))) { Alignment = column.Value(report.Institutions.Count > 0 ? report.Institutions[0] : Empty) is string ? Justify.Left : Justify.Right });
        foreach (var row in report.Institutions)
            table.AddRow(ReportColumn.Standard.Select(column => Markup.Escape(column.Format(row))).ToArray());
        table.AddEmptyRow();
        table.AddRow(ReportColumn.Standard.Select(column => column.Key switch
        {
            "institution" => english ? "[bold]Platform total[/]" : "[bold]合计[/]",
            "rowsUploaded" => $"[bold]{report.TotalRowsUploaded}[/]",
            "rowsLoaded" => $"[bold]{report.TotalRowsLoaded}[/]",
            _ => "",
        }).ToArray());
        table.Caption = new TableTitle(english
            ? $"Cumulative rows loaded by the platform: {report.CumulativeRowsLoaded}"
            : $"平台累计校验入库数据 {report.CumulativeRowsLoaded} 条");
        return table;
    }

    private static readonly InstitutionMetrics Empty = new("", "", "", "", 0, 0, 0, 0);
}
