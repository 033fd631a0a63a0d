using System.Text;
using HealthExchange.Host.Demo;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Validation.Tests;

/// <summary>The demo's simulated month is what it claims: readable batches whose rejected rows are exactly the deliberate mistakes.</summary>
public class DemoFeedTests
{
    [Theory]
    [InlineData("H320100029")] // 江苏省中医院
    [InlineData("320115")]     // 江宁区
    public void Every_simulated_batch_validates_with_exactly_its_deliberate_mistakes_rejected(string code)
    {
        var institution = ReferenceInstitution.Load().Single(r => r.Code == code);
        var catalogue = Some.Catalogues.For(institution.Kind == "district" ? InstitutionKind.District : InstitutionKind.Hospital);
        var batches = new InstitutionFeed(catalogue, institution, new DateOnly(2022, 4, 1), scale: 2000, seed: 1).Batches().ToList();
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
}
