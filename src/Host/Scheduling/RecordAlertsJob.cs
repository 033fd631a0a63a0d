using HealthExchange.Metrics.Alerts;
using HealthExchange.Metrics.Periods;
using Quartz;

namespace HealthExchange.Host.Scheduling;

/// <summary>
/// Records yesterday's alerts (Shanghai) in hx.alerts, after the day is closed: silence as of yesterday, the
/// day's volume outliers and CDA mismatches, and last week's real-time drop on Mondays' runs. A repeated fire
/// updates the same rows, so a published month keeps exactly the alerts its days had.
/// </summary>
internal sealed class RecordAlertsJob(JobContext jobs) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await RecordAsync(jobs, ClosingDays.Today(jobs.Time).AddDays(-1), cancellationToken);

    public static async Task<int> RecordAsync(JobContext context, DateOnly day, CancellationToken cancellationToken)
    {
        var window = new ReportPeriod(day, day.AddDays(1), $"{day:yyyy-MM-dd}");
        var alerts = await new AlertQuery(context.DataSource, context.Catalogues, context.Alerts).AlertsAsync(window, cancellationToken);
        return await new AlertLedger(context.DataSource).RecordAsync(alerts, cancellationToken);
    }
}
