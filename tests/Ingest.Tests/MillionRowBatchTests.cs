using System.Diagnostics;
using System.Globalization;
using System.Text;
using HealthExchange.Ingest.Loading;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Xunit;
using Xunit.Abstractions;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// A million-row batch with a bad row every 997 rows, each with one mistake in rotation, through the reader,
/// the validator and the real BatchLoader into the real PostgreSQL: exact counts, and every quarantined row
/// is exactly a bad one, carrying exactly the finding its mistake deserves.
/// </summary>
public sealed class MillionRowBatchTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Rows = 1_000_000;
    private const int Every = 997;

    /// <summary>The rotating mistakes, by (row number / 997) mod 8, and the one finding each must produce.</summary>
    private static readonly string[] ExpectedCodes = ["HX2107", "HX2111", "HX2113", "HX2101", "HX2104", "HX2105", "HX2109", "HX3001"];

    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Every_bad_row_is_quarantined_with_its_own_code_and_every_good_row_is_loaded()
    {
        var watch = Stopwatch.StartNew();
        var payload = BuildCsv();
        var built = watch.Elapsed;
        var table = Some.OutpatientTable;
        var uploadedAt = Some.Shanghai(2022, 5, 1, 8);
        var summary = new BatchSummary();
        LoadOutcome outcome;
        using (var reader = new CsvTableReader(table, new MemoryStream(payload), Encoding.UTF8))
        {
            var rows = BatchValidator.Validate(table, reader, ValidationContext.At(uploadedAt)).Select(row => { summary.Add(row); return row; });
            outcome = await new BatchLoader(_database.DataSource)
                .LoadAsync(new BatchIdentity(Some.Hospital, "million", uploadedAt), table, "csv", rows, reader.HeaderIssues, reader.Header, CancellationToken.None);
        }
        var loaded = watch.Elapsed - built;

        const int bad = Rows / Every;
        Assert.Equal((Rows, Rows - bad, Rows - bad, bad), (outcome.Received, outcome.Accepted, outcome.Inserted, outcome.Quarantined));
        Assert.Equal((Rows, Rows - bad, bad), (summary.Received, summary.Accepted, summary.Rejected));
        Assert.Equal(Rows - bad, await _database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(1, await _database.ScalarAsync("""
            SELECT count(*) FROM hx.batches WHERE batch_id = 'million' AND rows_received = $1 AND rows_inserted = $2 AND rows_quarantined = $3
              AND rows_received = rows_inserted + rows_quarantined
            """, Rows, Rows - bad, bad));
        Assert.Equal(bad, await _database.ScalarAsync("SELECT count(*) FROM hx.quarantine WHERE batch_id = 'million'"));
        Assert.Equal(0, await _database.ScalarAsync($"SELECT count(*) FROM hx.quarantine WHERE row_no % {Every} <> 0"));
        // Each quarantined row carries exactly one finding, the one its mistake deserves, on its own row number.
        var expected = string.Join(' ', ExpectedCodes.Select((code, k) => $"WHEN {k} THEN '{code}'"));
        Assert.Equal(bad, await _database.ScalarAsync($"""
            SELECT count(*) FROM hx.quarantine
            WHERE jsonb_array_length(issues) = 1 AND (issues->0->>'row')::int = row_no
              AND issues->0->>'code' = CASE (row_no / {Every}) % {ExpectedCodes.Length} {expected} END
            """));
        foreach (var (code, k) in ExpectedCodes.Select((code, k) => (code, k)))
            Assert.Equal(Enumerable.Range(1, bad).Count(n => n % ExpectedCodes.Length == k), summary.IssueCounts[code]);
        // No personal data in the clear in any finding.
        Assert.Equal(0, await _database.ScalarAsync("SELECT count(*) FROM hx.quarantine WHERE issues::text LIKE '%王某%' OR issues::text LIKE '%13800001234%'"));

        // Printed, not asserted: on two shared cores a time limit would fail for the neighbours' load, not ours.
        output.WriteLine($"built {Rows:N0} rows ({payload.Length / 1_048_576} MiB) in {built.TotalSeconds:F1} s; validated and loaded in {loaded.TotalSeconds:F1} s");
    }

    private static byte[] BuildCsv()
    {
        var table = Some.OutpatientTable;
        var columns = table.Columns.Select(column => column.Name).ToList();
        var birth = new DateOnly(1980, 5, 17);
        var id = Some.NationalId(birth);
        var wrongCheckDigit = id[..17] + (id[17] == '0' ? '1' : '0');
        var visitType = Some.FirstCode("visit_type");
        var dept = Some.FirstCode("dept_code");
        var text = new StringBuilder(Rows * 150);
        text.AppendJoin(',', columns).Append('\n');
        var previousVisit = "";
        var previousTime = "";
        for (var rowNumber = 1; rowNumber <= Rows; rowNumber++)
        {
            var visitNo = string.Create(CultureInfo.InvariantCulture, $"M{rowNumber:D7}");
            var visitTime = new DateTime(2022, 4, 1 + (rowNumber % 28), 8, 0, 0).AddSeconds(rowNumber % 36_000).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var values = new Dictionary<string, string>
            {
                ["visit_no"] = visitNo, ["patient_id"] = "P" + visitNo, ["id_type"] = "01", ["id_no"] = id, ["patient_name"] = "王某",
                ["sex"] = "1", ["birth_date"] = "1980-05-17", ["phone"] = "13800001234", ["visit_time"] = visitTime, ["visit_type"] = visitType,
                ["dept_code"] = dept, ["dept_name"] = "内科", ["diagnosis_code"] = "J06.9", ["diagnosis_name"] = "急性上呼吸道感染", ["fee_total"] = "123.45",
            };
            var extraField = false;
            if (rowNumber % Every == 0)
            {
                switch (rowNumber / Every % ExpectedCodes.Length)
                {
                    case 0: values["sex"] = "7"; break;                                   // HX2107 not in the value set
                    case 1: values["id_no"] = wrongCheckDigit; break;                     // HX2111 GB 11643 check digit
                    case 2: values["visit_time"] = "2022-05-02 09:00:00"; break;          // HX2113 after the upload
                    case 3: values.Remove("patient_name"); break;                         // HX2101 required value missing
                    case 4: values["fee_total"] = "12.345"; break;                        // HX2104 beyond decimal(12,2)
                    case 5: values["birth_date"] = "1980-02-30"; break;                   // HX2105 no such date
                    case 6: extraField = true; break;                                     // HX2109 one field too many
                    case 7: values["visit_no"] = previousVisit; values["visit_time"] = previousTime; break; // HX3001 key repeated
                }
            }
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0) text.Append(',');
                if (values.TryGetValue(columns[i], out var value)) text.Append(value);
            }
            if (extraField) text.Append(",extra");
            text.Append('\n');
            (previousVisit, previousTime) = (values["visit_no"], values["visit_time"]);
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
