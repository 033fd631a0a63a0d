using System.Text;
using System.Text.Json;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Registry;
using HealthExchange.Ingest.Reprocessing;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// `hx reprocess` against the real PostgreSQL: the value set visit_type lacked code 2 (急诊) when the batches
/// came in, so good emergency visits were quarantined; with the fixed (shipped) value sets they load, once.
/// </summary>
public sealed class QuarantineReprocessorTests : IAsyncLifetime
{
    private const string Emergency = "2";
    private TestDatabase _database = null!;
    private readonly BrokenValueSets _broken = new("visit_type", Emergency);
    private readonly SettableTime _time = new(Some.Shanghai(2022, 4, 25, 9));

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _broken.Dispose();
    }

    private Task<LoadOutcome> LoadWhileBrokenAsync(string batchId, DateTimeOffset uploadedAt, byte[] payload, BatchFormat format = BatchFormat.Csv) =>
        _broken.LoadOutpatientAsync(_database.DataSource, batchId, uploadedAt, payload, format);

    private QuarantineReprocessor Reprocessor(CatalogueSet? catalogues = null) => new(_database.DataSource, catalogues ?? Some.Catalogues,
        new InstitutionRegistry(_database.DataSource, _time), _time);

    private Task<IReadOnlyList<BatchReprocessResult>> ReprocessAsync(ReprocessFilter? filter = null) =>
        Reprocessor().ReprocessAsync(filter ?? new ReprocessFilter(), CancellationToken.None);

    private Task<long> Scalar(string sql, params object[] parameters) => _database.ScalarAsync(sql, parameters);

    [Fact]
    public async Task Rows_quarantined_by_a_value_set_mistake_load_once_after_the_fix_and_the_batch_counts_still_add_up()
    {
        var rows = Some.Visits("RP", 6, new DateOnly(2022, 4, 20));
        rows[1]["visit_type"] = Emergency;
        rows[3]["visit_type"] = Emergency;
        rows[4]["visit_type"] = Emergency;
        rows[4]["sex"] = "7"; // a real mistake as well: this row must stay
        var first = await LoadWhileBrokenAsync("rp1", Some.Shanghai(2022, 4, 20, 22), Some.OutpatientCsv(rows));
        Assert.Equal((6, 3, 3), (first.Received, first.Inserted, first.Quarantined));

        var result = Assert.Single(await ReprocessAsync());
        Assert.Equal((3, 2, 2, 0, 1), (result.Examined, result.Released, result.Inserted, result.Updated, result.StillQuarantined));
        Assert.Equal(1, result.IssueCounts["HX2107"]);

        Assert.Equal(5, await Scalar("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(2, await Scalar("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_type = '2' AND batch_id = 'rp1' AND uploaded_at = $1",
            Some.Shanghai(2022, 4, 20, 22).UtcDateTime));
        Assert.Equal(1, await Scalar("""
            SELECT count(*) FROM hx.batches WHERE batch_id = 'rp1' AND rows_received = 6 AND rows_accepted = 5 AND rows_quarantined = 1
              AND rows_inserted = 5 AND rows_released = 2 AND rows_received = rows_accepted + rows_quarantined
            """));
        Assert.Equal(2, await Scalar("SELECT count(*) FROM hx.quarantine WHERE released_at = $1 AND row_no IN (2, 4)", _time.Now.UtcDateTime));
        // The row still waiting carries this run's findings: only its sex code is wrong now.
        Assert.Equal(1, await Scalar("""
            SELECT count(*) FROM hx.quarantine WHERE row_no = 5 AND released_at IS NULL AND reprocessed_at IS NOT NULL
              AND jsonb_array_length(issues) = 1 AND issues @> '[{"code":"HX2107","column":"sex"}]'
            """));

        _time.Now = _time.Now.AddHours(1);
        var again = Assert.Single(await ReprocessAsync());
        Assert.Equal((1, 0, 1), (again.Examined, again.Released, again.StillQuarantined));
        Assert.Equal(5, await Scalar("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(5, await Scalar("SELECT sum(rows_inserted) FROM hx.batches"));
    }

    [Fact]
    public async Task Nothing_is_released_while_the_catalogue_is_still_broken()
    {
        var rows = Some.Visits("NB", 3, new DateOnly(2022, 4, 20));
        rows[0]["visit_type"] = Emergency;
        await LoadWhileBrokenAsync("nb1", Some.Shanghai(2022, 4, 20, 22), Some.OutpatientCsv(rows));

        var result = Assert.Single(await Reprocessor(_broken.Catalogues).ReprocessAsync(new ReprocessFilter(), CancellationToken.None));
        Assert.Equal((1, 0, 1), (result.Examined, result.Released, result.StillQuarantined));
        Assert.Equal(2, await Scalar("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(1, await Scalar("SELECT rows_quarantined FROM hx.batches WHERE batch_id = 'nb1'"));
    }

    [Fact]
    public async Task A_CSV_line_is_read_again_under_its_own_batch_header_and_a_JSON_line_on_its_own()
    {
        var table = Some.OutpatientTable;
        var row = Some.OutpatientRow("HDR1", new DateTime(2022, 4, 20, 9, 0, 0));
        row["visit_type"] = Emergency;
        row["diagnosis_name"] = "急性上呼吸道感染, \"疑似\"\n复诊";
        // Columns in the sender's own order, plus one the catalogue does not know.
        var columns = table.Columns.Select(column => column.Name).Reverse().Append("shoe_size").ToList();
        var csv = string.Join(',', columns) + "\r\n" + string.Join(',', columns.Select(name => CsvText.Quote(name == "shoe_size" ? "42" : row.GetValueOrDefault(name, "")))) + "\r\n";
        await LoadWhileBrokenAsync("hdr", Some.Shanghai(2022, 4, 20, 22), Encoding.UTF8.GetBytes(csv));
        var jsonRow = Some.OutpatientRow("JS1", new DateTime(2022, 4, 20, 10, 0, 0));
        jsonRow["visit_type"] = Emergency;
        await LoadWhileBrokenAsync("js", Some.Shanghai(2022, 4, 20, 22), Encoding.UTF8.GetBytes(JsonSerializer.Serialize(jsonRow) + "\n"), BatchFormat.JsonLines);
        Assert.Equal(columns.Count, await Scalar("SELECT cardinality(csv_header) FROM hx.batches WHERE batch_id = 'hdr'"));
        Assert.Equal(1, await Scalar("SELECT count(*) FROM hx.batches WHERE batch_id = 'js' AND csv_header IS NULL"));

        var results = await ReprocessAsync();
        Assert.All(results, result => Assert.Equal((1, 1, 0), (result.Examined, result.Inserted, result.StillQuarantined)));
        Assert.Equal(1, await Scalar("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no = 'HDR1' AND diagnosis_name = $1", row["diagnosis_name"]));
        Assert.Equal(1, await Scalar("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no = 'JS1' AND visit_type = '2'"));
    }

    [Fact]
    public async Task A_release_keeps_the_batch_rule_and_never_overwrites_a_later_upload()
    {
        var day = new DateOnly(2022, 4, 20);
        var rows = Some.Visits("KR", 3, day);
        rows[0]["visit_type"] = Emergency;                    // KR00000: quarantined now ...
        rows[1] = Some.OutpatientRow("KR00000", day.ToDateTime(new TimeOnly(11, 0))); // ... and its key loaded from row 2
        rows[2]["visit_type"] = Emergency;                    // KR00002: quarantined, then corrected by a later batch
        await LoadWhileBrokenAsync("kr1", Some.Shanghai(2022, 4, 20, 22), Some.OutpatientCsv(rows));
        var later = Some.OutpatientRow("KR00002", day.ToDateTime(new TimeOnly(9, 2)));
        later["fee_total"] = "77.00";
        await LoadWhileBrokenAsync("kr2", Some.Shanghai(2022, 4, 21, 8), Some.OutpatientCsv(later));

        var result = Assert.Single(await ReprocessAsync(new ReprocessFilter(Some.Hospital, "outpatient_visit", "kr1")));
        Assert.Equal((2, 1, 0, 0, 1, 1), (result.Examined, result.Released, result.Inserted, result.Updated, result.Superseded, result.StillQuarantined));
        Assert.Equal(1, result.IssueCounts["HX3001"]);
        Assert.Equal(1, await Scalar("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no = 'KR00002' AND batch_id = 'kr2' AND fee_total = 77"));
        Assert.Equal(1, await Scalar("SELECT count(*) FROM hx.quarantine WHERE row_no = 1 AND released_at IS NULL AND issues @> '[{\"code\":\"HX3001\"}]'"));
        Assert.Equal(1, await Scalar("""
            SELECT count(*) FROM hx.batches WHERE batch_id = 'kr1' AND rows_accepted = 2 AND rows_quarantined = 1 AND rows_inserted = 1 AND rows_released = 1
            """));
    }

    [Fact]
    public async Task Two_runs_at_once_load_each_row_once()
    {
        for (var b = 0; b < 4; b++)
        {
            var rows = Some.Visits($"CC{b}", 20, new DateOnly(2022, 4, 20));
            foreach (var row in rows.Where((_, i) => i % 3 == 0)) row["visit_type"] = Emergency;
            await LoadWhileBrokenAsync($"cc{b}", Some.Shanghai(2022, 4, 20, 22), Some.OutpatientCsv(rows));
        }
        var runs = await Task.WhenAll(ReprocessAsync(), ReprocessAsync());

        Assert.Equal(4 * 7, runs.SelectMany(run => run).Sum(result => result.Released));
        Assert.Equal(4 * 20, await Scalar("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(4 * 20, await Scalar("SELECT sum(rows_inserted) FROM hx.batches"));
        Assert.Equal(0, await Scalar("SELECT sum(rows_quarantined) FROM hx.batches"));
        Assert.Equal(0, await Scalar("SELECT count(*) FROM hx.quarantine WHERE released_at IS NULL"));
    }
}
