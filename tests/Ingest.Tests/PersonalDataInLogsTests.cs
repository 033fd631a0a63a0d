using System.Text;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>National ID numbers and names never appear in logs, whatever happens to the rows that carry them.</summary>
public sealed class PersonalDataInLogsTests : BrokerAndDatabaseTest
{
    [Fact]
    public async Task Loaded_quarantined_and_dead_lettered_rows_leave_no_id_number_or_name_in_the_logs()
    {
        var logs = new CapturingLoggerFactory();
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database, logging: logs);
        var rows = Some.Visits("P", 3, new DateOnly(2022, 4, 20));
        rows[0]["patient_name"] = "欧阳明月";
        rows[1]["patient_name"] = "司马长风";
        rows[1]["id_no"] = "420106201101011919"; // wrong check digit: quarantined with a finding about it
        var csv = Some.OutpatientCsv(rows);
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "p1", csv, Some.Shanghai(2022, 4, 20, 21));
        await Broker.SendTableAsync("UNKNOWN", "outpatient_visit", "p2", csv, Some.Shanghai(2022, 4, 20, 21));        // dead-lettered
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "p3", Encoding.UTF8.GetBytes("not,a\nbatch"), Some.Shanghai(2022, 4, 20, 21));
        await pipeline.WaitForAsync(3);
        await pipeline.StopAsync();

        var text = string.Join('\n', logs.Lines);
        Assert.Contains("p1", text, StringComparison.Ordinal); // the logs do speak of these batches
        foreach (var secret in new[] { "欧阳明月", "司马长风", "王某", "420106201101011919", Some.NationalId(new DateOnly(1980, 5, 17)), "13800001234" })
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
    }
}
