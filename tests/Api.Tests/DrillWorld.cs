using System.Text;
using HealthExchange.Api.Hosting;
using HealthExchange.Api.Tokens;
using HealthExchange.Ingest.DeadLetters;
using HealthExchange.Metrics.Computation;
using HealthExchange.TestSupport;
using Microsoft.AspNetCore.Builder;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>
/// Dead letters and CDA documents made by the real pipeline from a test broker: H320100001's batch DL-1 dead-lettered
/// as HX1099 (a trigger refused its rows, since dropped, so a replay loads it), H320100002's batch DL-2 as HX1004
/// (format xml); CDA documents DOC-1 (H320100001, loads), a non-CDA file (H320100001, rejected with findings) and
/// DOC-2 (H320100002). Two hosts on that database: one beside the pipeline (replay works), one without (as `hx serve`).
/// </summary>
public sealed class DrillWorld : IAsyncLifetime
{
    public TestDatabase Database { get; private set; } = null!;
    public TestBroker Broker { get; private set; } = null!;
    public RunningPipeline Pipeline { get; private set; } = null!;
    public WebApplication App { get; private set; } = null!;
    public WebApplication ServeOnly { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;
    public Uri ServeOnlyAddress { get; private set; } = null!;
    public string Operator { get; private set; } = "";
    public string Province { get; private set; } = "";
    public string Hospital { get; private set; } = "";

    public static readonly DateTimeOffset UploadedAt = Some.Shanghai(2022, 4, 20, 21);
    public static byte[] Doc1 { get; } = SomeCda.Outpatient("DOC-1", "CV-1", new DateTime(2022, 4, 20, 9, 0, 0));
    public static byte[] NotCda { get; } = Encoding.UTF8.GetBytes("<note>not a clinical document</note>");

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Broker = new TestBroker();
        Pipeline = await RunningPipeline.StartAsync(Broker, Database);
        await Database.ScalarAsync("""
            CREATE FUNCTION hx.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused' USING ERRCODE = '22023'; END $$;
            CREATE TRIGGER refuse BEFORE INSERT ON hx_data.outpatient_visit FOR EACH ROW EXECUTE FUNCTION hx.refuse();
            SELECT 0
            """);
        await Broker.SendCsvBatchAsync(Some.Hospital, "outpatient_visit", "DL-1", Some.OutpatientCsv(Some.Visits("D", 3, new DateOnly(2022, 4, 20))), UploadedAt);
        await Pipeline.WaitForAsync(1);
        await Database.ScalarAsync("DROP TRIGGER refuse ON hx_data.outpatient_visit; SELECT 0");
        var other = Some.OutpatientCsv(Some.Visits("O", 2, new DateOnly(2022, 4, 20)));
        await Broker.SendRawAsync(Broker.Options.TablesTopic, Encoding.UTF8.GetBytes(Some.OtherHospital), other,
            TestBroker.TableHeaders(Some.OtherHospital, "outpatient_visit", "DL-2", format: "xml"), UploadedAt.ToUnixTimeMilliseconds());
        await Broker.SendCdaAsync(Some.Hospital, Doc1, UploadedAt);
        await Broker.SendCdaAsync(Some.Hospital, NotCda, UploadedAt);
        await Broker.SendCdaAsync(Some.OtherHospital, SomeCda.Outpatient("DOC-2", "CV-2", new DateTime(2022, 4, 20, 9, 0, 0), Some.OtherHospital), UploadedAt);
        await Pipeline.WaitForAsync(5);

        var replayer = new DeadLetterReplayer(Database.DataSource, Pipeline.Services.Settler);
        App = ApiHost.Build(new ApiServices(Database.DataSource, Some.Catalogues, new MetricsOptions(), TimeProvider.System, replayer,
            Pipeline.Services.Consumer.Observations), "http://127.0.0.1:0");
        await App.StartAsync();
        Address = ApiHost.BoundAddress(App);
        ServeOnly = ApiHost.Build(new ApiServices(Database.DataSource, Some.Catalogues, new MetricsOptions(), TimeProvider.System), "http://127.0.0.1:0");
        await ServeOnly.StartAsync();
        ServeOnlyAddress = ApiHost.BoundAddress(ServeOnly);
        var tokens = new TokenStore(Database.DataSource, TimeProvider.System);
        Operator = (await tokens.CreateAsync(ApiRole.Operator, null, null, CancellationToken.None)).Secret;
        Province = (await tokens.CreateAsync(ApiRole.Province, null, null, CancellationToken.None)).Secret;
        Hospital = (await tokens.CreateAsync(ApiRole.Hospital, Some.Hospital, null, CancellationToken.None)).Secret;
    }

    /// <summary>The id of an institution's stored dead letter (a platform failure's batch id is the record's Kafka position, not the sender's).</summary>
    public Task<long> DeadLetterIdAsync(string institution) =>
        Database.ScalarAsync("SELECT id FROM hx.dead_letters WHERE institution_code = $1", institution);

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await ServeOnly.StopAsync();
        await ServeOnly.DisposeAsync();
        await Pipeline.DisposeAsync();
        Broker.Dispose();
        await Database.DisposeAsync();
    }
}
