using System.Text;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Ingest.Tests;

/// <summary>Two loads bringing the same new key at the same moment: one record, the newer version stored, the first upload counted once — neither dropped as unchanged.</summary>
public sealed class ConcurrentLoadTests : DatabaseTest
{
    [Fact]
    public async Task The_same_new_key_loaded_twice_at_once_is_inserted_once_and_corrected_once()
    {
        var processor = Database.TableProcessor();
        var day = new DateOnly(2022, 4, 20);
        var uploadedAt = Some.Shanghai(2022, 4, 20, 21);
        for (var pair = 0; pair < 10; pair++)
        {
            var first = Some.Visits($"C{pair}-", 50, day);
            var second = Some.Visits($"C{pair}-", 50, day);
            foreach (var row in second) row["diagnosis_name"] = "更正后的诊断";
            Task<BatchResult> Load(string batch, Dictionary<string, string>[] rows) => Task.Run(() => processor.ProcessAsync(
                new TableEnvelope(new BatchIdentity(Some.Hospital, batch, uploadedAt), "outpatient_visit", BatchFormat.Csv, Encoding.UTF8),
                Some.OutpatientCsv(rows), CancellationToken.None));
            var results = await Task.WhenAll(Load($"race-{pair}-a", first), Load($"race-{pair}-b", second));

            // Whichever commits first, the stored version is the newer one (same upload time: the later batch id, b) and
            // the first upload belongs to a; a row is never dropped as "unchanged".
            var outcomes = results.Select(result => Assert.IsType<LoadedBatch>(result).Outcome).ToList();
            Assert.Equal(0, outcomes.Sum(outcome => outcome.Unchanged));
            Assert.Equal(50, outcomes.Sum(outcome => outcome.Updated + outcome.Stale));
            Assert.Equal(50, await Database.ScalarAsync(
                "SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no LIKE $1 AND diagnosis_name = '更正后的诊断' AND first_batch_id = $2", $"C{pair}-%", $"race-{pair}-a"));
            Assert.Equal(50, await Database.ScalarAsync("SELECT sum(rows_inserted) FROM hx.batches WHERE batch_id LIKE $1", $"race-{pair}-%"));
        }
        Assert.Equal(500, await Database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit"));
    }
}
