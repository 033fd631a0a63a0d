using System.Text;
using HealthExchange.Host.Demo;
using HealthExchange.Ingest.Registry;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Catalogues;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// An operator's own catalogue — 91 tables, eight of them new — drives validation, DDL, loading and metrics
/// without a code change.
/// </summary>
public sealed class CustomCatalogueTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("hx-catalogue-").FullName;
    private TestDatabase _database = null!;
    private TestBroker _broker = null!;
    private string _file = "";

    public async Task InitializeAsync()
    {
        _file = Path.Combine(_directory, "my-hospitals.yaml");
        var text = await File.ReadAllTextAsync(SchemaPaths.Catalogue("hospital"));
        text = text.Replace("id: nanjing-hospital", "id: my-hospitals", StringComparison.Ordinal)
                   .Replace("requiredTables: 83", "requiredTables: 91", StringComparison.Ordinal);
        // Eight new tables, shaped like the outpatient-visit table but without its roles and real-time form.
        var extra = new StringBuilder();
        for (var i = 1; i <= 8; i++)
            extra.Append(CultureInfoInvariant($"""
                  - code: local_extra_{i}
                    nameZh: 本地扩展表{i}
                    nameEn: Local extra table {i}
                    category: 本地
                    requiredFor: [hospital]
                    businessKey: [record_id]
                    eventTime: event_time
                    documentTypes: []
                    columns:
                      - {"{"} name: record_id, nameZh: 记录号, nameEn: Record id, type: string(32), required: true, personal: none {"}"}
                      - {"{"} name: event_time, nameZh: 发生时间, nameEn: Event time, type: datetime, required: true, personal: none {"}"}
                      - {"{"} name: sex, nameZh: 性别, nameEn: Sex, type: code(1), required: true, valueSet: gb_t_2261_1_sex, personal: none {"}"}

                """));
        await File.WriteAllTextAsync(_file, text.TrimEnd() + "\n" + extra);

        var catalogues = CatalogueSet.Load([_file]);
        _database = await TestDatabase.CreateAsync(catalogues, seedInstitutions: false);
        await InstitutionRegistry.UpsertAsync(_database.DataSource, new Institution("H999", "本地测试医院", InstitutionKind.Hospital, "数据表", "my-hospitals"), CancellationToken.None);
        _broker = new TestBroker();
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);

    public async Task DisposeAsync()
    {
        _broker.Dispose();
        await _database.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_91_table_catalogue_drives_the_pipeline_end_to_end()
    {
        var catalogue = CatalogueSet.Load([_file]).For(InstitutionKind.Hospital);
        Assert.Equal(91, catalogue.Tables.Count);
        Assert.True(catalogue.TryGetTable("local_extra_3", out var extra));

        await using var pipeline = await RunningPipeline.StartAsync(_broker, _database, [_file]);
        var rows = new SyntheticRows(new Random(3));
        var good = Enumerable.Range(0, 4).Select(i => rows.Row(extra, $"X{i}", new DateTime(2022, 4, 10, 9, i, 0))).ToList();
        good[1]["sex"] = "7"; // the catalogue's value set applies to the new table too
        await _broker.SendTableAsync("H999", "local_extra_3", "x1", Encoding.UTF8.GetBytes(Some.Csv(extra, good)), Some.Shanghai(2022, 4, 10, 20));
        await _broker.SendTableAsync("H999", "outpatient_visit", "x2", Some.OutpatientCsv(Some.Visits("V", 2, new DateOnly(2022, 4, 10))), Some.Shanghai(2022, 4, 10, 21));
        await pipeline.WaitForAsync(2);

        Assert.Equal(3, await _database.ScalarAsync("SELECT count(*) FROM hx_data.local_extra_3"));
        Assert.Equal(1, await _database.ScalarAsync("SELECT count(*) FROM hx.quarantine WHERE table_code = 'local_extra_3'"));
        Assert.True(ReportPeriod.TryParse("2022-04", out var april));
        var row = (await new MetricsQuery(_database.DataSource, CatalogueSet.Load([_file])).ReportAsync(april, "hospital", CancellationToken.None)).Institutions.Single();
        Assert.Equal((91, 2, 6L, 5L, 2L), (row.RequiredTables, row.UploadedTables, row.RowsUploaded, row.RowsLoaded, row.OutpatientVisits));
    }
}
