using System.Text;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.Ingest.Registry;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>A table the institution did not declare is still loaded, and the receipt says so (HX1010).</summary>
public sealed class DeclarationWarningTests : DatabaseTest
{
    private async Task<BatchResult> Send(string batch, DateTimeOffset uploadedAt)
    {
        var processor = Database.TableProcessor();
        var envelope = new TableEnvelope(new BatchIdentity(Some.Hospital, batch, uploadedAt), "outpatient_visit", BatchFormat.Csv, Encoding.UTF8);
        return await processor.ProcessAsync(envelope, Some.OutpatientCsv(Some.Visits(batch, 3, DateOnly.FromDateTime(uploadedAt.Date))), CancellationToken.None);
    }

    [Fact]
    public async Task Undeclared_tables_load_with_a_warning_and_declared_or_unanswered_ones_without()
    {
        var store = new DeclarationStore(Database.DataSource);
        await store.UpsertAsync(new Declaration(Some.Hospital, new DateOnly(2022, 1, 1), ["inpatient_discharge"]), CancellationToken.None);
        await store.UpsertAsync(new Declaration(Some.Hospital, new DateOnly(2022, 3, 1), ["inpatient_discharge", "outpatient_visit"]), CancellationToken.None);
        await store.UpsertAsync(new Declaration(Some.Hospital, new DateOnly(2022, 5, 1), null), CancellationToken.None); // 未反馈

        var february = await Send("feb", Some.Shanghai(2022, 2, 10));
        var loaded = Assert.IsType<LoadedBatch>(february);
        Assert.Equal((3, 1), (loaded.Outcome.Inserted, loaded.Outcome.Warnings));
        Assert.Equal(IssueCodes.TableNotDeclared.Code, Assert.Single(loaded.Summary.FirstIssues).Code);

        var march = await Send("mar", Some.Shanghai(2022, 3, 10));
        Assert.Equal(0, Assert.IsType<LoadedBatch>(march).Outcome.Warnings);
        var may = await Send("may", Some.Shanghai(2022, 5, 10));
        Assert.Equal(0, Assert.IsType<LoadedBatch>(may).Outcome.Warnings); // nothing declared, so nothing undeclared
    }
}
