using HealthExchange.Ingest.Schema;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Reports;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx report`: the platform's tables for a period in its own layout. Without --kind the districts' and the
/// hospitals' tables are both produced, as the platform publishes them (one JSON/CSV report covers all).
/// </summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        if (!ReportPeriod.TryParse(line.Option("period"), out var period))
            throw new UsageException("--period must be 2022, 2022-04, 2022-04-15 or 2022-01-01..2022-03-31");
        var kind = line.Option("kind");
        if (kind is not (null or "hospital" or "district")) throw new UsageException("--kind must be hospital or district");
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json, OutputFormat.Xlsx, OutputFormat.Html);
        var settings = HostSettings.Load(line);
        await using var dataSource = PlatformDataSource.Create(settings.ConnectionString);
        var query = new MetricsQuery(dataSource, settings.LoadCatalogues(), settings.Metrics);
        var reports = await BuildAsync(query, period, kind, format, CancellationToken.None);
        Write(reports, format, line.Flag("english"), line.Option("output"));
        return ExitCodes.Ok;
    }

    /// <summary>Machine formats get one report for the kind asked; the newsletter formats get one table per kind.</summary>
    public static async Task<IReadOnlyList<PlatformReport>> BuildAsync(MetricsQuery query, ReportPeriod period, string? kind, OutputFormat format, CancellationToken cancellationToken)
    {
        string?[] kinds = kind is not null || format is OutputFormat.Json or OutputFormat.Csv ? [kind] : ["district", "hospital"];
        var reports = new List<PlatformReport>();
        foreach (var each in kinds) reports.Add(await query.ReportAsync(period, each, cancellationToken));
        return reports;
    }

    public static void Write(IReadOnlyList<PlatformReport> reports, OutputFormat format, bool english, string? output)
    {
        switch (format)
        {
            case OutputFormat.Json: Console.Out.WriteLine(ReportWriters.JsonText(reports[0])); break;
            case OutputFormat.Csv: Console.Out.Write(ReportWriters.Csv(reports[0], english)); break;
            case OutputFormat.Html: WriteText(output, HtmlReportWriter.Write(reports, english)); break;
            case OutputFormat.Xlsx:
                var path = output ?? $"hx-report-{reports[0].Period.Label.Replace("..", "_", StringComparison.Ordinal)}.xlsx";
                using (var file = File.Create(path)) XlsxReportWriter.Write(file, reports, english);
                Console.Error.WriteLine($"wrote {Path.GetFullPath(path)}");
                break;
            default:
                foreach (var report in reports) Console.Out.Write(Table(report, english));
                break;
        }
    }

    private static void WriteText(string? output, string text)
    {
        if (output is null) Console.Out.Write(text);
        else { File.WriteAllText(output, text); Console.Error.WriteLine($"wrote {Path.GetFullPath(output)}"); }
    }

    private static TextTable Table(PlatformReport report, bool english)
    {
        var columns = ReportColumn.For(report.Kind);
        var table = new TextTable(columns.Select(column => column.Heading(english)).ToList(), columns.Select(column => column.Numeric).ToList())
        {
            Title = ReportTitle.Title(report, english),
            Caption = ReportTitle.Footnote(report, english),
        };
        foreach (var row in report.Institutions) table.AddRow(columns.Select(column => column.Text(row)).ToArray());
        table.AddSeparator();
        table.AddRow(ReportWriters.TotalRow(report, english));
        return table;
    }
}
