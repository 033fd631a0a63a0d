using HealthExchange.TestSupport;
using Npgsql;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// The database goes away while batches are arriving: the consumer retries the same record until it can settle
/// it — nothing is skipped, nothing dead-lettered, nothing loaded twice.
/// </summary>
public sealed class DatabaseOutageTests : BrokerAndDatabaseTest
{
    private string Name => new NpgsqlConnectionStringBuilder(Database.ConnectionString).Database!;

    private static async Task Admin(string sql)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        await using var connection = new NpgsqlConnection(maintenance);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Batches_sent_while_the_database_refuses_connections_load_once_it_is_back()
    {
        var name = Name;
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var day = new DateOnly(2022, 4, 20);
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "before", Some.OutpatientCsv(Some.Visits("B", 3, day)), Some.Shanghai(2022, 4, 20, 20));
        await pipeline.WaitForAsync(1);

        // The outage: no new connections, and every open one is cut.
        await Admin($"ALTER DATABASE {name} ALLOW_CONNECTIONS false");
        await Admin($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        for (var i = 0; i < 3; i++)
            await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", $"during{i}", Some.OutpatientCsv(Some.Visits($"D{i}", 4, day)), Some.Shanghai(2022, 4, 20, 21));
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(1, pipeline.Services.Consumer.RecordsHandled); // waiting on the first of them, not skipping it
        Assert.True(pipeline.Services.Consumer.Observations.Retries > 0, "the outage's retries are counted for /metrics");

        await Admin($"ALTER DATABASE {name} ALLOW_CONNECTIONS true");
        await pipeline.WaitForAsync(4, TimeSpan.FromSeconds(90));
        Database.DataSource.Clear(); // the test's own pooled connections were cut too

        Assert.Equal(3 + 3 * 4, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(4, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'loaded'"));
        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'dead_letter'"));
        Assert.Empty(Broker.ReadAll(Broker.Options.DeadLetterTopic, 1, TimeSpan.FromSeconds(2)));
    }

    /// <summary>
    /// An outage several times longer than max.poll.interval.ms (shortened to 6 s here, 5 min in service, so the
    /// mechanism shows in seconds): the consumer keeps polling with its partitions paused, so librdkafka never evicts it
    /// from the group, and everything sent meanwhile loads once when the database is back.
    /// </summary>
    [Fact]
    public async Task An_outage_longer_than_the_poll_interval_keeps_the_group_membership_and_skips_nothing()
    {
        Broker.Options.MaxPollIntervalMs = 6000;
        Broker.Options.MaxRetryDelayMs = 2000;
        var logs = new CapturingLoggerFactory();
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database, logging: logs);
        var day = new DateOnly(2022, 4, 20);
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "before", Some.OutpatientCsv(Some.Visits("B", 3, day)), Some.Shanghai(2022, 4, 20, 20));
        await pipeline.WaitForAsync(1);

        await Admin($"ALTER DATABASE {Name} ALLOW_CONNECTIONS false");
        await Admin($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name}'");
        for (var i = 0; i < 6; i++)
            await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", $"long{i}", Some.OutpatientCsv(Some.Visits($"L{i}", 2, day)), Some.Shanghai(2022, 4, 20, 21));
        await Task.Delay(TimeSpan.FromSeconds(20));
        Assert.Equal(1, pipeline.Services.Consumer.RecordsHandled);

        await Admin($"ALTER DATABASE {Name} ALLOW_CONNECTIONS true");
        await pipeline.WaitForAsync(7, TimeSpan.FromSeconds(90));
        Database.DataSource.Clear();

        Assert.Equal(3 + 6 * 2, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(7, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'loaded'"));
        Assert.DoesNotContain(logs.Lines, line => line.Contains("MaxPollExceeded", StringComparison.Ordinal) || line.Contains("max.poll", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(logs.Lines, line => line.Contains("partitions paused", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("partitions resumed", StringComparison.Ordinal));
    }
}
