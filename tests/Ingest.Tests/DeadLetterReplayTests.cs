using HealthExchange.Ingest.DeadLetters;
using HealthExchange.Ingest.Processing;
using HealthExchange.Ingest.Registry;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Catalogues;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>Stored dead letters replayed once their cause is fixed: loaded once, counted once, and a platform failure never burns a batch id.</summary>
public sealed class DeadLetterReplayTests : BrokerAndDatabaseTest
{
    private static readonly DateOnly Day = new(2022, 4, 20);

    [Fact]
    public async Task A_dead_letter_from_an_unregistered_institution_loads_once_it_is_registered_and_replayed()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        await Broker.SendTableAsync("NEW-1", "outpatient_visit", "reg-1", Some.OutpatientCsv(Some.Visits("R", 3, Day)), Some.Shanghai(2022, 4, 20, 21));
        await pipeline.WaitForAsync(1);
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.dead_letters WHERE reason_code = 'HX1002' AND replayed_at IS NULL"));

        await InstitutionRegistry.UpsertAsync(Database.DataSource, new Institution("NEW-1", "新医院", InstitutionKind.Hospital, "数据表", "nanjing-hospital"), CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(5.5)); // the registry reloads unknown codes at most every 5 s
        var replayer = new DeadLetterReplayer(Database.DataSource, pipeline.Services.Settler);
        var replayed = await replayer.ReplayAsync(new DeadLetterFilter([], null, "HX1002", null), CancellationToken.None);

        Assert.Equal(BatchStatus.Loaded, Assert.Single(replayed).Result.Status);
        Assert.Equal(3, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE institution_code = 'NEW-1'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE institution_code = 'NEW-1' AND status = 'loaded'"));
        Assert.Equal(3, await Database.ScalarAsync("SELECT sum(rows_received) FROM hx.daily_uploads WHERE institution_code = 'NEW-1'"));
        Assert.Equal(0, await Database.ScalarAsync("SELECT sum(dead_letters) FROM hx.daily_uploads WHERE institution_code = 'NEW-1'"));
        Assert.Empty(await replayer.ReplayAsync(new DeadLetterFilter([], null, "HX1002", null), CancellationToken.None));
        // The sender hears about it: a dead-letter receipt first, then the replay's receipt.
        var receipts = Broker.ReadAll(Broker.Options.ReceiptsTopic, 2, TimeSpan.FromSeconds(20));
        Assert.Equal(2, receipts.Count);
    }

    [Fact]
    public async Task A_platform_failure_does_not_burn_the_batch_id_and_its_replay_after_a_resend_is_a_duplicate()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        await Database.ScalarAsync("""
            CREATE FUNCTION hx.refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused' USING ERRCODE = '22023'; END $$;
            CREATE TRIGGER refuse BEFORE INSERT ON hx_data.outpatient_visit FOR EACH ROW EXECUTE FUNCTION hx.refuse();
            SELECT 0
            """);
        var csv = Some.OutpatientCsv(Some.Visits("P", 3, Day));
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "pf-1", csv, Some.Shanghai(2022, 4, 20, 21));
        await pipeline.WaitForAsync(1);
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.dead_letters WHERE reason_code = 'HX1099' AND batch_id LIKE 'kafka:%'"));
        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE batch_id = 'pf-1'"));

        await Database.ScalarAsync("DROP TRIGGER refuse ON hx_data.outpatient_visit; SELECT 0");
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "pf-1", csv, Some.Shanghai(2022, 4, 20, 21));
        await pipeline.WaitForAsync(2);
        Assert.Equal(3, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));

        var replayed = await new DeadLetterReplayer(Database.DataSource, pipeline.Services.Settler)
            .ReplayAsync(new DeadLetterFilter([], null, "HX1099", null), CancellationToken.None);
        Assert.Equal(BatchStatus.Duplicate, Assert.Single(replayed).Result.Status);
        Assert.Equal(3, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(3, await Database.ScalarAsync("SELECT sum(rows_received) FROM hx.daily_uploads"));
        Assert.Equal(0, await Database.ScalarAsync("SELECT sum(dead_letters) FROM hx.daily_uploads"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.dead_letters WHERE replay_status = 'duplicate'"));
    }
}
