using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Registry;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.TestSupport;

/// <summary>
/// A throwaway database on the real PostgreSQL that `./hx test` started, migrated from the repository's own
/// schema files and seeded with the shipped institution registry. One per test class (xunit class fixture).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string connectionString, NpgsqlDataSource dataSource)
    {
        ConnectionString = connectionString;
        DataSource = dataSource;
    }

    public string ConnectionString { get; }
    public NpgsqlDataSource DataSource { get; }

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("HX_Database__ConnectionString")
        ?? throw new InvalidOperationException("HX_Database__ConnectionString is not set: run the tests with ./hx test, which starts PostgreSQL");

    public static async Task<TestDatabase> CreateAsync(CatalogueSet? catalogues = null, bool seedInstitutions = true)
    {
        var name = "hx_test_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = await DatabaseAdmin.RecreateAsync(ServerConnectionString, name);
        var dataSource = PlatformDataSource.Create(connectionString);
        await new SchemaMigrator(dataSource).MigrateAsync(catalogues ?? Some.Catalogues);
        if (seedInstitutions) await RegistrySeed.ImportAsync(dataSource, catalogues ?? Some.Catalogues);
        return new TestDatabase(connectionString, dataSource);
    }

    /// <summary>The table-batch processor as the pipeline wires it, over this database (no Kafka involved).</summary>
    public HealthExchange.Ingest.Processing.TableBatchProcessor TableProcessor() =>
        new(DataSource, Some.Catalogues, new InstitutionRegistry(DataSource, TimeProvider.System),
            new HealthExchange.Ingest.Loading.BatchLoader(DataSource),
            HealthExchange.Ingest.Envelope.UploadTime.Default(TimeProvider.System));

    public async Task<long> ScalarAsync(string sql, params object[] parameters)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Checks that every roll-up still equals its rebuild (<see cref="RollupInvariant"/>), then drops the database.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await RollupInvariant.AssertKeptAsync(DataSource);
        }
        finally
        {
            await DropAsync();
        }
    }

    private async Task DropAsync()
    {
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database!;
        await DataSource.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        var maintenance = new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
