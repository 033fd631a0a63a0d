using HealthExchange.Validation.Checking;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace HealthExchange.Host.Scheduling;

/// <summary>
/// Quartz with its ADO job store in the platform's PostgreSQL, clustered: several `hx run` hosts share the
/// schedule and each firing runs on exactly one of them. Cron times are Asia/Shanghai.
/// </summary>
internal static class PlatformScheduler
{
    /// <summary>Cron expressions of the platform's jobs (seconds minutes hours day month weekday).</summary>
    public sealed record Schedule(string CloseDay = "0 10 0 * * ?", string PublishMonth = "0 0 6 1 * ?",
        string RecordAlerts = "0 20 0 * * ?");

    public static async Task<StandaloneSchedulerFactory> StartAsync(JobContext context, string connectionString, Schedule? schedule = null,
        string instanceName = "hx", Action<IQuartzBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        schedule ??= new Schedule();
        var factory = QuartzSchedulerBuilder.Create(quartz =>
        {
            quartz.ConfigureScheduler(options =>
            {
                options.InstanceName = instanceName;
                options.GenerateInstanceId = true;
            });
            quartz.UseTimeProvider(context.Time);
            quartz.Services.AddSingleton(context);
            quartz.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.UseClustering(clustering => clustering.CheckinInterval = TimeSpan.FromSeconds(5));
                store.UseSystemTextJsonSerializer();
                // The tables come from Quartz's own embedded PostgreSQL script, created once if missing.
                store.ProvisionSchema();
            });
            Add<CloseDayJob>(quartz, "close-day", schedule.CloseDay);
            Add<PublishMonthJob>(quartz, "publish-month", schedule.PublishMonth);
            Add<RecordAlertsJob>(quartz, "record-alerts", schedule.RecordAlerts);
            configure?.Invoke(quartz);
        }).Build();
        var scheduler = await factory.GetScheduler(cancellationToken);
        // The data tables are no longer partitioned by month (docs/metrics.md "A record's life"): a store that still
        // holds the old partitions-ahead job would fail to load its class on every run.
        await scheduler.DeleteJob(new JobKey("partitions-ahead", "hx"), cancellationToken);
        await scheduler.Start(cancellationToken);
        return factory;
    }

    public static void Add<TJob>(IQuartzBuilder quartz, string name, string cron) where TJob : IJob =>
        quartz.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity(name, "hx").WithCronSchedule(cron, builder => builder.InTimeZone(PlatformTime.Zone)),
            job => job.WithIdentity(name, "hx").DisallowConcurrentExecution(true));
}
