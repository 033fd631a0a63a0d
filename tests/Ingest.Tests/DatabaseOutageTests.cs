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
    [Fact]
    public async Task Batches_sent_while_the_database_refuses_connections_load_once_it_is_back()
    {
        var name = new NpgsqlConnectionStringBuilder(Database.ConnectionString).Database!;
        var maintenance = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        async Task Admin(string sql)
        {
            await using var connection = new NpgsqlConnection(maintenance);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

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

        await Admin($"ALTER DATABASE {name} ALLOW_CONNECTIONS true");
        await pipeline.WaitForAsync(4, TimeSpan.FromSeconds(90));
        Database.DataSource.Clear(); // the test's own pooled connections were cut too

        Assert.Equal(3 + 3 * 4, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(4, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'loaded'"));
        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE status = 'dead_letter'"));
        Assert.Empty(Broker.ReadAll(Broker.Options.DeadLetterTopic, 1, TimeSpan.FromSeconds(2)));
    }
}
