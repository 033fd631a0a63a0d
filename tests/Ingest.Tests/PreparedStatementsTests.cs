using System.Text;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Schema;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Npgsql;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// <see cref="PlatformDataSource"/> has PostgreSQL prepare the statements every batch repeats, and leaves an operator's
/// own setting alone. Checked on the server: pg_prepared_statements of the one pooled connection the loads used.
/// </summary>
public sealed class PreparedStatementsTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task A_batchs_claim_and_counts_are_prepared_once_they_repeat()
    {
        var prepared = await PreparedAfterThreeBatchesAsync("");
        Assert.Contains(prepared, statement => statement.Contains("INSERT INTO hx.batches", StringComparison.Ordinal));
        Assert.Contains(prepared, statement => statement.Contains("UPDATE hx.batches", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_operators_max_auto_prepare_is_kept()
    {
        Assert.Empty(await PreparedAfterThreeBatchesAsync(";Max Auto Prepare=0"));
        Assert.Equal(PlatformDataSource.MaxAutoPrepare, new NpgsqlConnectionStringBuilder(PlatformDataSource.Create(_database.ConnectionString).ConnectionString).MaxAutoPrepare);
        Assert.Equal(5, new NpgsqlConnectionStringBuilder(PlatformDataSource.Create(_database.ConnectionString + ";maxautoprepare=5").ConnectionString).MaxAutoPrepare);
    }

    private async Task<List<string>> PreparedAfterThreeBatchesAsync(string settings)
    {
        await using var dataSource = PlatformDataSource.Create(_database.ConnectionString + ";Maximum Pool Size=1" + settings);
        var loader = new BatchLoader(dataSource);
        var table = Some.OutpatientTable;
        for (var i = 0; i < 3; i++)
        {
            var uploadedAt = Some.Shanghai(2022, 4, 20 + i, 22);
            using var reader = new CsvTableReader(table, new MemoryStream(Some.OutpatientCsv(Some.Visits($"P{i}", 3, new DateOnly(2022, 4, 20 + i)))), Encoding.UTF8);
            var outcome = await loader.LoadAsync(new BatchIdentity(Some.Hospital, $"prepared-{i}", uploadedAt), table, "csv",
                BatchValidator.Validate(table, reader, ValidationContext.At(uploadedAt)), reader.HeaderIssues, CancellationToken.None);
            Assert.Equal(3, outcome.Inserted);
        }
        await using var command = dataSource.CreateCommand("SELECT statement FROM pg_prepared_statements");
        await using var rows = await command.ExecuteReaderAsync();
        var statements = new List<string>();
        while (await rows.ReadAsync()) statements.Add(rows.GetString(0));
        return statements;
    }
}
