using System.Globalization;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Reports;
using Quartz;

namespace HealthExchange.Host.Scheduling;

/// <summary>
/// Closes yesterday (Shanghai): records the day's report figures in hx.day_closures. Re-running a day replaces
/// its closure, so a missed or repeated fire converges on the same result.
/// </summary>
internal sealed class CloseDayJob(JobContext jobs) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var day = ClosingDays.Today(jobs.Time).AddDays(-1);
        await CloseAsync(jobs, day, cancellationToken);
    }

    public static async Task CloseAsync(JobContext context, DateOnly day, CancellationToken cancellationToken)
    {
        var label = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var report = await new MetricsQuery(context.DataSource, context.Catalogues, context.Metrics)
            .ReportAsync(new ReportPeriod(day, day.AddDays(1), label), null, cancellationToken);
        await using var command = context.DataSource.CreateCommand("""
            INSERT INTO hx.day_closures (day, report) VALUES ($1, $2::jsonb)
            ON CONFLICT (day) DO UPDATE SET report = excluded.report, closed_at = now()
            """);
        command.Parameters.Add(new() { Value = day });
        command.Parameters.Add(new() { Value = ReportWriters.JsonText(report) });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
