using System.Text.Json;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>`hx reprocess` as an operator runs it after fixing a value set: what it prints and its exit codes.</summary>
public sealed class ReprocessCommandTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private readonly BrokenValueSets _broken = new("visit_type", "2");

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _broken.Dispose();
    }

    [Fact]
    public async Task Reprocess_loads_what_passes_now_exits_1_while_rows_still_fail_and_loads_nothing_twice()
    {
        var rows = Some.Visits("CLI", 4, new DateOnly(2022, 4, 20));
        rows[0]["visit_type"] = "2";
        rows[1]["visit_type"] = "2";
        rows[2]["sex"] = "7";
        await _broken.LoadOutpatientAsync(_database.DataSource, "cli1", Some.Shanghai(2022, 4, 20, 22), Some.OutpatientCsv(rows));

        var first = await HxProcess.RunAsync("reprocess", "--institution", Some.Hospital, "--format", "json", "--db", _database.ConnectionString);
        Assert.True(first.ExitCode == 1, first.Stderr);
        var json = JsonDocument.Parse(first.Stdout).RootElement;
        Assert.Equal((3, 2, 2, 1), (json.GetProperty("examined").GetInt32(), json.GetProperty("released").GetInt32(),
            json.GetProperty("inserted").GetInt32(), json.GetProperty("stillQuarantined").GetInt32()));
        Assert.Equal(1, json.GetProperty("results")[0].GetProperty("issueCounts").GetProperty("HX2107").GetInt32());

        var text = await HxProcess.RunAsync("reprocess", "--db", _database.ConnectionString);
        Assert.Equal(1, text.ExitCode);
        Assert.Contains("released 0", text.Stdout, StringComparison.Ordinal);
        Assert.Contains("HX2107 ×1", text.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, await _database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));

        await _database.ScalarAsync("UPDATE hx.quarantine SET released_at = now() WHERE batch_id = 'cli1' RETURNING 1"); // an operator gave up on it
        var none = await HxProcess.RunAsync("reprocess", "--db", _database.ConnectionString);
        Assert.Equal(0, none.ExitCode);
        Assert.Contains("no quarantined rows waiting", none.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reprocess_judges_with_the_operators_value_sets_when_given()
    {
        var rows = Some.Visits("VS", 2, new DateOnly(2022, 4, 20));
        rows[0]["visit_type"] = "2";
        await _broken.LoadOutpatientAsync(_database.DataSource, "vs1", Some.Shanghai(2022, 4, 20, 22), Some.OutpatientCsv(rows));

        // Still the broken value sets: the row still fails and nothing is released.
        var still = await HxProcess.RunAsync("reprocess", "--value-sets", _broken.Folder, "--format", "json", "--db", _database.ConnectionString);
        Assert.True(still.ExitCode == 1, still.Stderr);
        Assert.Equal(0, JsonDocument.Parse(still.Stdout).RootElement.GetProperty("released").GetInt32());
        // The shipped (fixed) value sets: it passes now.
        var fixedRun = await HxProcess.RunAsync("reprocess", "--format", "json", "--db", _database.ConnectionString);
        Assert.True(fixedRun.ExitCode == 0, fixedRun.Stderr);
        Assert.Equal(1, JsonDocument.Parse(fixedRun.Stdout).RootElement.GetProperty("released").GetInt32());
    }
}
