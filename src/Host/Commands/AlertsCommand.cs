using HealthExchange.Ingest.Schema;
using System.Globalization;
using System.Text.Json;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Loading;
using HealthExchange.Metrics.Alerts;
using HealthExchange.Metrics.Periods;
using HealthExchange.Validation.Checking;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx alerts [--since DATE | --period P] [--recorded] [--english] [--format table|json]`: the alerts of a window
/// computed from the database now (default: the last 7 days up to yesterday), or with --recorded those the
/// scheduled job recorded at the time. Exit 1 when there is any alert, like `hx restatements`.
/// </summary>
internal static class AlertsCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var format = OutputFormats.From(line, OutputFormat.Table, OutputFormat.Json);
        var window = Window(line, DateOnly.FromDateTime(PlatformTime.ToLocal(TimeProvider.System.GetUtcNow())));
        var settings = HostSettings.Load(line);
        await using var dataSource = PlatformDataSource.Create(settings.ConnectionString);
        var alerts = line.Flag("recorded")
            ? await new AlertLedger(dataSource).RecordedAsync(window, CancellationToken.None)
            : await new AlertQuery(dataSource, settings.LoadCatalogues(), settings.Alerts).AlertsAsync(window, CancellationToken.None);
        if (format == OutputFormat.Json)
            Console.Out.WriteLine(JsonSerializer.Serialize(new { window = new { from = window.From, to = window.To }, alerts }, IssueJson.Options));
        else
        {
            var english = line.Flag("english");
            var table = new TextTable(english ? ["day", "code", "institution", "table", "alert"] : ["日期", "代码", "机构", "表", "告警"])
            {
                Title = english ? $"alerts {window.From:yyyy-MM-dd}..{window.To.AddDays(-1):yyyy-MM-dd}: {alerts.Count}"
                                : $"告警 {window.From:yyyy-MM-dd}..{window.To.AddDays(-1):yyyy-MM-dd}:{alerts.Count} 条",
            };
            foreach (var a in alerts)
                table.AddRow(a.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Code, a.Institution, a.Table, english ? a.MessageEn : a.MessageZh);
            Console.Out.Write(table);
        }
        return alerts.Count > 0 ? ExitCodes.InputErrors : ExitCodes.Ok;
    }

    /// <summary>--period P as given; --since D up to yesterday; neither: the 7 days up to yesterday.</summary>
    internal static ReportPeriod Window(CommandLine line, DateOnly today)
    {
        if (line.Option("period") is { } text)
        {
            if (line.Option("since") is not null) throw new UsageException("give --since or --period, not both");
            return ReportPeriod.TryParse(text, out var period) ? period : throw new UsageException("--period must be 2022, 2022-04, 2022-04-15 or a..b");
        }
        var since = today.AddDays(-7);
        if (line.Option("since") is { } sinceText
            && !DateOnly.TryParseExact(sinceText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out since))
            throw new UsageException("--since must be a day such as 2022-04-01");
        if (since >= today) throw new UsageException("--since must be before today");
        return new ReportPeriod(since, today, $"{since:yyyy-MM-dd}..{today.AddDays(-1):yyyy-MM-dd}");
    }
}
