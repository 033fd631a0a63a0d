using System.Text;
using System.Text.Json;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>`hx dlq list` and `hx dlq replay` as an operator runs them against a running pipeline.</summary>
public sealed class DeadLetterCommandTests : BrokerAndDatabaseTest
{
    [Fact]
    public async Task An_operator_lists_a_dead_letter_registers_the_institution_and_replays_it()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        await Broker.SendTableAsync("H320199999", "outpatient_visit", "late-reg", Some.OutpatientCsv(Some.Visits("D", 3, new DateOnly(2022, 4, 20))), Some.Shanghai(2022, 4, 20, 21));
        await pipeline.WaitForAsync(1);

        var list = await HxProcess.RunAsync("dlq", "list", "--code", "HX1002", "--format", "json", "--db", Database.ConnectionString);
        Assert.True(list.ExitCode == 0, list.Stderr);
        var pending = Assert.Single(JsonDocument.Parse(list.Stdout).RootElement.EnumerateArray());
        Assert.Equal("H320199999", pending.GetProperty("institution").GetString());

        var registry = Path.Combine(Path.GetTempPath(), $"hx-reg-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(registry, "code,name,kind,upload_method,catalogue_id\nH320199999,新登记医院,hospital,数据表,nanjing-hospital\n", Encoding.UTF8);
        try
        {
            var import = await HxProcess.RunAsync("institutions", "import", registry, "--db", Database.ConnectionString);
            Assert.True(import.ExitCode == 0, import.Stderr);
        }
        finally
        {
            File.Delete(registry);
        }

        var replay = await HxProcess.RunAsync("dlq", "replay", pending.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--kafka", Broker.Options.BootstrapServers, "--db", Database.ConnectionString);
        Assert.True(replay.ExitCode == 0, replay.Stdout + replay.Stderr);
        Assert.Contains("loaded 3", replay.Stdout, StringComparison.Ordinal);
        Assert.Equal(3, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE institution_code = 'H320199999'"));
        var after = await HxProcess.RunAsync("dlq", "list", "--format", "json", "--db", Database.ConnectionString);
        Assert.Empty(JsonDocument.Parse(after.Stdout).RootElement.EnumerateArray());
    }
}
