using System.Text;
using System.Text.Json;
using HealthExchange.Ingest.Cda;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.TestSupport;
using Confluent.Kafka;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>CDA documents through the real Kafka protocol into the real PostgreSQL, alongside table batches.</summary>
public sealed class CdaIngestTests : BrokerAndDatabaseTest
{
    private Task<DeliveryResult<string?, byte[]>> SendDocumentAsync(string institution, byte[] document, DateTimeOffset uploadedAt, string? batch = null, bool omitInstitution = false)
    {
        var message = new Message<string?, byte[]> { Key = omitInstitution ? null : institution, Value = document, Headers = [], Timestamp = new Timestamp(uploadedAt) };
        if (!omitInstitution) WireHeaders.Set(message.Headers, WireHeaders.Institution, institution);
        if (batch is not null) WireHeaders.Set(message.Headers, WireHeaders.Batch, batch);
        return Broker.Producer.ProduceAsync(Broker.Options.CdaTopic, message);
    }

    [Fact]
    public async Task A_document_and_a_table_batch_for_the_same_visit_count_once_each_and_the_visit_is_not_doubled()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var day = new DateOnly(2022, 4, 20);
        var visits = Some.Visits("CV", 3, day);
        await Broker.SendTableAsync(Some.Hospital, "outpatient_visit", "t-1", Some.OutpatientCsv(visits), Some.Shanghai(2022, 4, 20, 21));
        await pipeline.WaitForAsync(1);
        var visitTime = day.ToDateTime(new TimeOnly(9, 0));
        var document = SomeCda.Outpatient("DOC-CV00000", "CV00000", visitTime);
        await SendDocumentAsync(Some.Hospital, document, Some.Shanghai(2022, 4, 20, 22));
        await SendDocumentAsync(Some.Hospital, document, Some.Shanghai(2022, 4, 21, 8)); // redelivered: the same document id
        await pipeline.WaitForAsync(3);

        Assert.Equal(3, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no = 'CV00000' AND source_kind = 'cda' AND source_document_id = 'DOC-CV00000'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_medical_record WHERE source_kind = 'cda'"));
        Assert.Equal(1, await Database.ScalarAsync("""
            SELECT count(*) FROM hx.batches WHERE batch_id = 'cda:DOC-CV00000' AND source_kind = 'cda' AND format = 'cda' AND table_code IS NULL
              AND rows_received = 1 AND rows_accepted = 1 AND rows_quarantined = 0 AND rows_inserted = 1 AND rows_updated = 0
            """));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.cda_documents WHERE status = 'loaded' AND rows_extracted = 2 AND type_code = 'C0002'"));

        var report = await new MetricsQuery(Database.DataSource, Some.Catalogues).ReportAsync(new ReportPeriod(new DateOnly(2022, 4, 1), new DateOnly(2022, 5, 1), "2022-04"), "hospital", CancellationToken.None);
        var hospital = report.Institutions.Single(row => row.Code == Some.Hospital);
        Assert.Equal(3 + 1, hospital.RowsUploaded); // three table rows and one document
        Assert.Equal(3 + 1, hospital.RowsLoaded);   // three visit rows and the document (counted once, as the platform counts CDA uploads)

        var receipts = Broker.ReadAll(Broker.Options.ReceiptsTopic, 3, TimeSpan.FromSeconds(20))
            .Where(r => WireHeaders.Get(r.Message.Headers, WireHeaders.DocumentId) == "DOC-CV00000")
            .Select(r => JsonDocument.Parse(r.Message.Value).RootElement).ToList();
        Assert.Equal(2, receipts.Count);
        var first = receipts.Single(r => r.GetProperty("status").GetString() == "loaded");
        Assert.Equal(("C0002", 1, 1, 1, 0, 0, 2), (first.GetProperty("table").GetString(), first.GetProperty("received").GetInt32(), first.GetProperty("loaded").GetInt32(),
            first.GetProperty("corrected").GetInt32(), first.GetProperty("unchanged").GetInt32(), first.GetProperty("quarantined").GetInt32(), first.GetProperty("extracted").GetInt32()));
        Assert.Equal("DOC-CV00000", first.GetProperty("batchId").GetString());
        Assert.Single(receipts, r => r.GetProperty("status").GetString() == "duplicate");

        var stored = await CdaDocumentStore.GetAsync(Database.DataSource, "DOC-CV00000", null, CancellationToken.None);
        Assert.Equal(document, stored!.Original);
    }

    [Fact]
    public async Task A_document_that_replaces_another_retracts_what_the_earlier_one_yielded_and_the_new_one_does_not()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var first = new DateTime(2022, 4, 20, 9, 0, 0);
        await SendDocumentAsync(Some.Hospital, SomeCda.Outpatient("DOC-R1", "RV1", first), Some.Shanghai(2022, 4, 20, 12));
        await pipeline.WaitForAsync(1);
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE source_document_id = 'DOC-R1'"));

        // DOC-R2 replaces DOC-R1 (relatedDocument RPLC) and names another visit: RV1 was keyed wrong by the sender.
        var replacement = SomeCda.OutpatientXml("DOC-R2", "RV2", first).Replace("<componentOf>", """
            <relatedDocument typeCode="RPLC"><parentDocument><id root="2.16.156.10011.1.1" extension="DOC-R1"/></parentDocument></relatedDocument>
              <componentOf>
            """, StringComparison.Ordinal);
        await SendDocumentAsync(Some.Hospital, Encoding.UTF8.GetBytes(replacement), Some.Shanghai(2022, 4, 20, 15));
        await pipeline.WaitForAsync(2);

        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no = 'RV1'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no = 'RV2' AND source_document_id = 'DOC-R2'"));
        // The visit and the medical record the earlier document yielded, audited as retracted by the replacement.
        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx.retractions WHERE batch_id = 'cda:DOC-R2' AND outcome = 'retracted' AND reason = 'replaced by document DOC-R2'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.cda_documents WHERE document_id = 'DOC-R1' AND replaced_by_document_id = 'DOC-R2'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT sum(records) FROM hx.daily_records WHERE table_code = 'outpatient_visit' AND institution_code = $1", Some.Hospital));
        var receipt = Broker.ReadAll(Broker.Options.ReceiptsTopic, 2, TimeSpan.FromSeconds(20))
            .Select(r => JsonDocument.Parse(r.Message.Value).RootElement).Single(r => r.GetProperty("document").GetString() == "DOC-R2");
        Assert.Equal(2, receipt.GetProperty("retracted").GetInt32());
    }

    [Fact]
    public async Task A_replaced_document_arriving_after_its_replacement_leaves_the_same_records()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var visit = new DateTime(2022, 4, 20, 9, 0, 0);
        var replacement = SomeCda.OutpatientXml("DOC-L2", "LV2", visit).Replace("<componentOf>", """
            <relatedDocument typeCode="RPLC"><parentDocument><id root="2.16.156.10011.1.1" extension="DOC-L1"/></parentDocument></relatedDocument>
              <componentOf>
            """, StringComparison.Ordinal);
        // The replacement (uploaded at 15:00) is delivered first; the document it replaces (uploaded at 12:00) after it.
        await SendDocumentAsync(Some.Hospital, Encoding.UTF8.GetBytes(replacement), Some.Shanghai(2022, 4, 20, 15));
        await pipeline.WaitForAsync(1);
        await SendDocumentAsync(Some.Hospital, SomeCda.Outpatient("DOC-L1", "LV1", visit), Some.Shanghai(2022, 4, 20, 12));
        await pipeline.WaitForAsync(2);

        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no = 'LV1'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no = 'LV2'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT sum(records) FROM hx.daily_records WHERE table_code = 'outpatient_visit' AND institution_code = $1", Some.Hospital));
        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx.retractions WHERE batch_id = 'cda:DOC-L2' AND outcome = 'retracted'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.cda_documents WHERE document_id = 'DOC-L1' AND replaced_by_document_id = 'DOC-L2'"));
    }

    [Fact]
    public async Task Rejected_and_unreadable_documents_are_kept_with_their_issues_and_unattributed_ones_are_dead_lettered()
    {
        await using var pipeline = await RunningPipeline.StartAsync(Broker, Database);
        var at = Some.Shanghai(2022, 4, 20, 21);
        var bad = Encoding.UTF8.GetBytes(SomeCda.OutpatientXml("DOC-BAD", "BAD01", new DateTime(2022, 4, 20, 9, 0, 0))
            .Replace("<administrativeGenderCode code=\"1\"", "<administrativeGenderCode code=\"7\"", StringComparison.Ordinal));
        var hostile = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        await SendDocumentAsync(Some.Hospital, bad, at, batch: "upload-7");
        await SendDocumentAsync(Some.Hospital, hostile, at);
        await SendDocumentAsync(Some.Hospital, hostile, at.AddMinutes(5)); // the same bytes again: the same derived id, counted once
        await SendDocumentAsync("", bad, at, omitInstitution: true);
        await SendDocumentAsync("NOPE", bad, at);
        await pipeline.WaitForAsync(5);

        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx.cda_documents WHERE status = 'rejected'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.cda_documents WHERE document_id = 'DOC-BAD' AND batch_id = 'upload-7' AND issues @> '[{\"code\":\"HX4304\"}]'"));
        Assert.Equal(1, await Database.ScalarAsync("SELECT count(*) FROM hx.cda_documents WHERE document_id LIKE 'sha256:%' AND kind = 'unreadable' AND issues @> '[{\"code\":\"HX4004\"}]'"));
        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE source_kind = 'cda' AND status = 'loaded' AND rows_received = 1 AND rows_accepted = 0 AND rows_quarantined = 1 AND rows_inserted = 0"));
        Assert.Equal(0, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
        Assert.Equal(2, await Database.ScalarAsync("SELECT count(*) FROM hx.batches WHERE source_kind = 'cda' AND status = 'dead_letter'"));

        var dead = Broker.ReadAll(Broker.Options.DeadLetterTopic, 2, TimeSpan.FromSeconds(20));
        Assert.Equal(["HX1001", "HX1002"], dead.Select(r => WireHeaders.Get(r.Message.Headers, WireHeaders.DeadLetterCode)).Order().ToList());
        var receipts = Broker.ReadAll(Broker.Options.ReceiptsTopic, 5, TimeSpan.FromSeconds(20)).Select(r => Encoding.UTF8.GetString(r.Message.Value)).ToList();
        Assert.Contains(receipts, r => r.Contains("\"batchId\":\"upload-7\"", StringComparison.Ordinal) && r.Contains("\"quarantined\":1", StringComparison.Ordinal));
        Assert.All(receipts, r => Assert.DoesNotContain("root:", r, StringComparison.Ordinal));
    }
}
