using System.Text;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Kafka;
using HealthExchange.Ingest.Processing;
using HealthExchange.Ingest.Registry;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Issues;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>
/// A table batch read and checked ahead of its turn (<see cref="TableBatchProcessor.ReadAhead"/>, while the batch before
/// it is in PostgreSQL) is answered and stored exactly as one read in line, and a batch that cannot be read ahead is
/// decided in line as before.
/// </summary>
public sealed class ReadAheadTests : DatabaseTest
{
    private static readonly DateOnly Day = new(2022, 4, 20);
    private static readonly DateTimeOffset At = Some.Shanghai(2022, 4, 20, 21);

    [Fact]
    public async Task A_batch_read_ahead_is_answered_and_stored_as_the_same_batch_read_in_line()
    {
        // Neither hospital declared outpatient visits (HX1010); the batch has a column the catalogue does not know and a
        // row that is rejected, so its receipt carries header, row and declaration issues in one order.
        var declarations = new DeclarationStore(Database.DataSource);
        foreach (var hospital in new[] { Some.Hospital, Some.OtherHospital })
            await declarations.UpsertAsync(new Declaration(hospital, new DateOnly(2022, 1, 1), ["inpatient_discharge"]), CancellationToken.None);
        var rows = Some.Visits("R", 5, Day);
        rows[2]["sex"] = "7";
        var payload = WithUnknownColumn(Some.OutpatientCsv(rows));

        var processor = Database.TableProcessor();
        var inLine = Assert.IsType<LoadedBatch>(await processor.ProcessAsync(Record(Some.Hospital, "in-line", payload), CancellationToken.None));
        Assert.Equal(0, processor.LoadsReadAhead);

        var ahead = Record(Some.OtherHospital, "ahead", payload);
        processor.ReadAhead(ahead);
        var readAhead = Assert.IsType<LoadedBatch>(await processor.ProcessAsync(ahead, CancellationToken.None));
        Assert.Equal(1, processor.LoadsReadAhead);

        Assert.Equal(inLine.Outcome, readAhead.Outcome);
        Assert.Equal((5, 4, 1, 2), (inLine.Outcome.Received, inLine.Outcome.Inserted, inLine.Outcome.Quarantined, inLine.Outcome.Warnings));
        Assert.Equal(inLine.Summary.IssueCounts, readAhead.Summary.IssueCounts);
        Assert.Equal(inLine.Summary.FirstIssues, readAhead.Summary.FirstIssues);
        Assert.Contains(readAhead.Summary.FirstIssues, issue => issue.Code == IssueCodes.TableNotDeclared.Code);
        foreach (var sql in new[]
                 {
                     "SELECT count(*) FROM hx_data.outpatient_visit WHERE institution_code = $1",
                     "SELECT count(*) FROM hx.quarantine WHERE institution_code = $1",
                     "SELECT rows_received * 1000 + rows_inserted FROM hx.batches WHERE institution_code = $1",
                 })
            Assert.Equal(await Database.ScalarAsync(sql, Some.Hospital), await Database.ScalarAsync(sql, Some.OtherHospital));
    }

    [Fact]
    public async Task A_batch_that_cannot_be_read_ahead_is_decided_in_line_as_before()
    {
        var processor = Database.TableProcessor();
        // Not UTF-8 from its third row on: reading ahead gives up, and the in-line reading makes it the dead letter it is.
        var payload = Some.OutpatientCsv(Some.Visits("B", 3, Day)).Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();
        var record = Record(Some.Hospital, "bad-bytes", payload);
        processor.ReadAhead(record);
        var dead = Assert.IsType<DeadLetteredBatch>(await processor.ProcessAsync(record, CancellationToken.None));
        Assert.Equal(IssueCodes.UnreadableBatch.Code, dead.Issue.Code);
        Assert.Equal(0, processor.LoadsReadAhead);

        // A record read ahead is used once: processed again (a retry after a conflict), it is read in line.
        var good = Record(Some.Hospital, "good", Some.OutpatientCsv(Some.Visits("G", 3, Day)));
        processor.ReadAhead(good);
        Assert.IsType<LoadedBatch>(await processor.ProcessAsync(good, CancellationToken.None));
        Assert.IsType<DuplicateBatch>(await processor.ProcessAsync(good, CancellationToken.None));
        Assert.Equal(1, processor.LoadsReadAhead);
    }

    private static ReceivedRecord Record(string institution, string batchId, byte[] payload) =>
        TestBroker.TableRecord(new KafkaOptions().TablesTopic, 0, institution, "outpatient_visit", batchId, payload, At);

    /// <summary>The CSV with one more column, named as no catalogue column is (a header warning).</summary>
    private static byte[] WithUnknownColumn(byte[] csv)
    {
        var lines = Encoding.UTF8.GetString(csv).TrimEnd('\n').Split('\n');
        return Encoding.UTF8.GetBytes(string.Join('\n', lines.Select((line, i) => line.TrimEnd('\r') + (i == 0 ? ",remark_extra" : ",x"))) + "\n");
    }
}
