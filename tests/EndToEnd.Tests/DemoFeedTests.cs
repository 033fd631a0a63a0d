using System.Text;
using HealthExchange.Host.Demo;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>The demo's simulated month is what it claims: readable batches whose rejected rows are exactly the deliberate mistakes.</summary>
public class DemoFeedTests
{
    private static readonly DateOnly April = new(2022, 4, 1);

    [Theory]
    [InlineData("H320100029", false)] // 江苏省中医院
    [InlineData("320115", false)]     // 江宁区
    [InlineData("H320100031", true)]  // 江苏省人民医院, uploads CDA documents: its other tables are still table batches
    public void Every_simulated_batch_validates_with_exactly_its_deliberate_mistakes_rejected(string code, bool cdaDocuments)
    {
        var institution = ReferenceInstitution.Load().Single(r => r.Code == code);
        var catalogue = Some.Catalogues.For(institution.Kind == "district" ? InstitutionKind.District : InstitutionKind.Hospital);
        var batches = new InstitutionFeed(catalogue, institution, April, scale: 2000, seed: 1, cdaDocuments).Uploads().OfType<DemoBatch>().ToList();
        Assert.NotEmpty(batches);
        foreach (var batch in batches)
        {
            Assert.True(catalogue.TryGetTable(batch.Table, out var table));
            using var reader = new CsvTableReader(table, new MemoryStream(batch.Csv), Encoding.UTF8);
            var rows = BatchValidator.Validate(table, reader, ValidationContext.At(batch.UploadedAt)).ToList();
            Assert.Empty(reader.HeaderIssues);
            Assert.Equal(batch.Rows, rows.Count);
            Assert.True(batch.InvalidRows == rows.Count(row => row.Rejected),
                $"{batch.BatchId}: {string.Join("; ", rows.SelectMany(r => r.Issues).Take(5))}");
        }
    }

    [Fact]
    public void A_CDA_sender_sends_its_visits_and_discharges_as_documents_on_the_table_feed_schedule_and_the_rest_as_tables()
    {
        var institution = ReferenceInstitution.Load().Single(r => r.Code == "H320100031");
        var catalogue = Some.HospitalCatalogue;
        var uploads = new InstitutionFeed(catalogue, institution, April, scale: 1000, seed: 1, cdaDocuments: true).Uploads().ToList();
        var documents = uploads.OfType<DemoDocument>().ToList();
        var tables = uploads.OfType<DemoBatch>().Select(b => b.Table).ToHashSet(StringComparer.Ordinal);

        Assert.DoesNotContain("outpatient_visit", tables);
        Assert.DoesNotContain("inpatient_discharge", tables);
        Assert.Equal(9, tables.Count); // the other real-time forms
        Assert.Equal(["C0002", "C0049"], documents.Select(d => d.TypeCode).Distinct().Order(StringComparer.Ordinal));
        Assert.All(documents, d => Assert.Equal(d.TypeCode == "C0002" ? "outpatient_visit" : "inpatient_discharge", d.Table));

        // The same timing as the table feed: most within the real-time limit of a day, some caught up later.
        var delays = documents.Select(d =>
        {
            Assert.True(catalogue.TryGetTable(d.Table, out var table));
            var eventTime = DateTime.ParseExact(d.Row[table.EventTime], "yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
            return PlatformTime.ToLocal(d.UploadedAt) - eventTime;
        }).ToList();
        Assert.All(delays, delay => Assert.True(delay > TimeSpan.Zero));
        Assert.Contains(delays, delay => delay <= TimeSpan.FromHours(24));
        Assert.Contains(delays, delay => delay > TimeSpan.FromHours(24));

        // About 1 % deliberately broken, as for table rows.
        var broken = documents.Count(d => d.Defect != DocumentDefect.None);
        Assert.InRange(broken, 1, documents.Count / 25);
    }
}
