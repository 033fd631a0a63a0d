using HealthExchange.Host.Scheduling;
using HealthExchange.Metrics.Computation;
using HealthExchange.TestSupport;
using Quartz;
using Xunit;

namespace HealthExchange.Metrics.Tests;

/// <summary>Quartz clustered through its ADO job store in the real PostgreSQL: two hosts, each firing run once.</summary>
public sealed class SchedulerTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var create = _database.DataSource.CreateCommand(
            "CREATE TABLE test_firings (fire_time timestamptz NOT NULL, instance text NOT NULL)");
        await create.ExecuteNonQueryAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>Records each firing: its scheduled time and the host that ran it.</summary>
    public sealed class RecordingJob(JobContext jobs) : IJob
    {
        public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
        {
            await using var command = jobs.DataSource.CreateCommand("INSERT INTO test_firings VALUES ($1, $2)");
            command.Parameters.Add(new() { Value = context.ScheduledFireTimeUtc!.Value.UtcDateTime });
            command.Parameters.Add(new() { Value = context.Scheduler.SchedulerInstanceId });
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    [Fact]
    public async Task Two_clustered_hosts_run_every_firing_exactly_once_and_the_platform_jobs_work()
    {
        var jobs = new JobContext(_database.DataSource, Some.Catalogues, new MetricsOptions(), TimeProvider.System);
        // The platform's own jobs every second too, to show they run against the real schema.
        var everySecond = new PlatformScheduler.Schedule("* * * * * ?", "* * * * * ?");
        void Recording(IQuartzBuilder quartz) => PlatformScheduler.Add<RecordingJob>(quartz, "recording", "* * * * * ?");
        await using (var first = await PlatformScheduler.StartAsync(jobs, _database.ConnectionString, everySecond, "hx", Recording))
        await using (var second = await PlatformScheduler.StartAsync(jobs, _database.ConnectionString, everySecond, "hx", Recording))
        {
            await Task.Delay(TimeSpan.FromSeconds(8));
        }

        var firings = await _database.ScalarAsync("SELECT count(*) FROM test_firings");
        var distinct = await _database.ScalarAsync("SELECT count(DISTINCT fire_time) FROM test_firings");
        Assert.True(firings >= 4, $"only {firings} firings in 8 s");
        Assert.Equal(distinct, firings);
        Assert.Equal(1, await _database.ScalarAsync("SELECT count(*) FROM hx.day_closures"));
        Assert.True(await _database.ScalarAsync("SELECT count(*) FROM hx.report_snapshots") == 2); // last month, both kinds
    }
}
