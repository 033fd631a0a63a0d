using System.Text.Json;
using HealthExchange.Ingest.Envelope;
using HealthExchange.TestSupport;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// Arrow IPC table feeds written by npm's apache-arrow (an independent writer) load row for row the same as the
/// equivalent CSV through the real consumer: same stored values, same quarantined rows and codes.
/// </summary>
public sealed class ArrowFeedTests : BrokerAndDatabaseTest
{
    private static readonly DateOnly Day = new(2022, 4, 20);

    [Fact]
    public async Task An_arrow_batch_loads_exactly_as_the_same_rows_sent_as_CSV()
    {
        var rows = Some.Visits("AR", 8, Day);
        foreach (var row in rows)
        {
            row.Remove("fee_total");
            row["record_time"] = row["visit_time"].Replace(":00", ":30", StringComparison.Ordinal);
        }
        rows[2].Remove("diagnosis_name");  // a null in the Arrow batch, an empty field in the CSV
        rows[5]["sex"] = "7";              // not in the value set: quarantined both ways (HX2107)
        rows[6]["dept_name"] = "外科";      // the dictionary holds two values
        var arrow = await WriteArrowAsync(rows);

        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var at = Some.Shanghai(2022, 4, 20, 21);
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "as-csv", Some.OutpatientCsv(rows), at);
        await Broker.SendTableAsync(Some.OtherHospital, "outpatient_visit", "as-arrow", arrow, at, format: "arrow");
        await pipeline.WaitForAsync(2);

        Assert.Equal(7, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE institution_code = $1", Some.OtherHospital));
        Assert.Equal(0, await Database.ScalarAsync("""
            SELECT count(*) FROM (
              (SELECT visit_no, patient_id, id_type, id_no, patient_name, sex, birth_date, phone, visit_time, visit_type, dept_code, dept_name,
                      diagnosis_code, diagnosis_name, record_time FROM hx_data.outpatient_visit WHERE institution_code = $1
               EXCEPT SELECT visit_no, patient_id, id_type, id_no, patient_name, sex, birth_date, phone, visit_time, visit_type, dept_code, dept_name,
                      diagnosis_code, diagnosis_name, record_time FROM hx_data.outpatient_visit WHERE institution_code = $2)
              UNION ALL
              (SELECT visit_no, patient_id, id_type, id_no, patient_name, sex, birth_date, phone, visit_time, visit_type, dept_code, dept_name,
                      diagnosis_code, diagnosis_name, record_time FROM hx_data.outpatient_visit WHERE institution_code = $2
               EXCEPT SELECT visit_no, patient_id, id_type, id_no, patient_name, sex, birth_date, phone, visit_time, visit_type, dept_code, dept_name,
                      diagnosis_code, diagnosis_name, record_time FROM hx_data.outpatient_visit WHERE institution_code = $1)) AS differences
            """, Some.Hospital, Some.OtherHospital));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.quarantine WHERE batch_id = 'as-arrow' AND row_no = 6 AND issues::text LIKE '%HX2107%'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.quarantine WHERE batch_id = 'as-csv' AND row_no = 6 AND issues::text LIKE '%HX2107%'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE institution_code = $1 AND dept_name = '外科'", Some.OtherHospital));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE institution_code = $1 AND diagnosis_name IS NULL", Some.OtherHospital));
    }

    [Fact]
    public async Task An_unmappable_column_type_is_refused_with_its_code_and_a_stream_that_is_not_arrow_is_a_dead_letter()
    {
        var rows = Some.Visits("UB", 3, Day);
        foreach (var row in rows) row.Remove("fee_total");
        var binary = await WriteArrowAsync(rows, "--binary-column", "patient_name");

        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var at = Some.Shanghai(2022, 4, 20, 21);
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "binary", binary, at, format: "arrow");
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "not-arrow", Some.OutpatientCsv(rows), at, format: "arrow");
        await pipeline.WaitForAsync(2);

        var receipts = Broker.ReadAll(Broker.Options.ReceiptsTopic, 2, TimeSpan.FromSeconds(20))
            .Select(r => JsonDocument.Parse(r.Message.Value).RootElement).ToDictionary(r => r.GetProperty("batchId").GetString()!);
        Assert.Contains(receipts["binary"].GetProperty("issues").EnumerateArray(), issue => issue.GetProperty("code").GetString() == "HX2004");
        Assert.Equal(3, receipts["binary"].GetProperty("quarantined").GetInt32()); // patient_name is required: no row without it
        Assert.Equal("dead_letter", receipts["not-arrow"].GetProperty("status").GetString());
        Assert.Equal("HX1006", receipts["not-arrow"].GetProperty("issues")[0].GetProperty("code").GetString());
        Assert.Single(Broker.ReadAll(Broker.Options.DeadLetterTopic, 1, TimeSpan.FromSeconds(10)), d => WireHeaders.Get(d.Message.Headers, WireHeaders.DeadLetterCode) == "HX1006");
    }

    private static async Task<byte[]> WriteArrowAsync(IEnumerable<Dictionary<string, string>> rows, params string[] options)
    {
        var input = Path.GetTempFileName();
        var output = Path.ChangeExtension(input, ".arrow");
        try
        {
            await File.WriteAllTextAsync(input, JsonSerializer.Serialize(rows));
            var written = JsonDocument.Parse(await NodeReaders.RunAsync("write-arrow.mjs", [input, output, .. options])).RootElement;
            Assert.Equal(2, written.GetProperty("batches").GetInt32());
            return await File.ReadAllBytesAsync(output);
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }
}
