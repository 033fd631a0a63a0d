using System.Text;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// A table batch over the documented 16 MiB limit is a dead letter with HX1009, recorded as received and not
/// loaded; the next batch loads. (Through the mock cluster a 16 MiB record never reaches a consumer — its
/// partitions keep 5 MiB, GUIDE §5 — so this runs the processor on the real PostgreSQL without Kafka.)
/// </summary>
public sealed class BatchSizeLimitTests : DatabaseTest
{
    [Fact]
    public async Task A_batch_over_the_limit_is_a_dead_letter_HX1009_and_the_next_batch_loads()
    {
        var processor = Database.TableProcessor();
        var day = new DateOnly(2022, 4, 20);
        using var oversized = new MemoryStream();
        oversized.Write(Some.OutpatientCsv(Some.Visits("BIG", 1, day)));
        var padding = Encoding.UTF8.GetBytes(new string(' ', 1023) + "\n");
        while (oversized.Length <= BatchSizeLimit.MaxBytes) oversized.Write(padding);

        var big = await processor.ProcessAsync(Envelope("big", day), oversized.ToArray(), CancellationToken.None);
        var small = await processor.ProcessAsync(Envelope("small", day), Some.OutpatientCsv(Some.Visits("S", 3, day)), CancellationToken.None);

        Assert.Equal(BatchStatus.DeadLetter, big.Status);
        var dead = Assert.IsType<DeadLetteredBatch>(big);
        Assert.Equal(IssueCodes.BatchTooLarge.Code, dead.Issue.Code);
        Assert.Equal("batch is larger than the 16 MiB limit", IssueCodes.BatchTooLarge.TitleEn);
        Assert.Equal(BatchStatus.Loaded, small.Status);
        Assert.Equal(3, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        // The settler records it (ledger row, the whole record in hx.dead_letters); the processor only decided, reading nothing.
        Assert.Equal(("csv", "outpatient_visit"), (dead.Format, dead.Table));
    }

    private static TableEnvelope Envelope(string batch, DateOnly day) =>
        new(new BatchIdentity(Some.Hospital, batch, Some.Shanghai(day.Year, day.Month, day.Day, 21)), "outpatient_visit", BatchFormat.Csv, Encoding.UTF8);
}
