using HealthExchange.Ingest.Schema;
using Quartz;

namespace HealthExchange.Host.Scheduling;

/// <summary>
/// Creates this month's and next month's partitions of every catalogue table ahead of time, so the first
/// load of a month never waits on DDL that locks the table.
/// </summary>
internal sealed class PartitionsAheadJob(JobContext jobs) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var month = ClosingDays.FirstOfMonth(ClosingDays.Today(jobs.Time));
        var partitions = new PartitionManager(jobs.DataSource);
        foreach (var table in jobs.Catalogues.DistinctTables)
            await partitions.EnsureAsync(table, [month, month.AddMonths(1)], cancellationToken);
    }
}
