using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Publishing;
using Quartz;

namespace HealthExchange.Host.Scheduling;

/// <summary>
/// On the first of a month, publishes last month's district and hospital reports. A month already published
/// is left as it was (snapshots are never overwritten); later data shows as restatements against it.
/// </summary>
internal sealed class PublishMonthJob(JobContext jobs) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var thisMonth = ClosingDays.FirstOfMonth(ClosingDays.Today(jobs.Time));
        var last = thisMonth.AddMonths(-1);
        var period = new ReportPeriod(last, thisMonth, $"{last:yyyy-MM}");
        var publisher = new ReportPublisher(jobs.DataSource, new MetricsQuery(jobs.DataSource, jobs.Catalogues, jobs.Metrics));
        foreach (var kind in new[] { "district", "hospital" })
            await publisher.PublishAsync(period, kind, cancellationToken);
    }
}
