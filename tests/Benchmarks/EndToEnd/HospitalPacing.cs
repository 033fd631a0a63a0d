using Confluent.Kafka;
using HealthExchange.Ingest.Kafka;

namespace HealthExchange.Benchmarks.EndToEnd;

/// <summary>
/// Sends the benchmark's batches as hospitals pacing themselves by their receipts: each hospital (its own partition)
/// keeps what it has sent but not yet had answered under 4 MiB, because the mock cluster silently drops a partition's
/// data beyond 5 MiB. A real broker needs no such limit; a backlog of up to 4 MiB a hospital is what the workers see.
/// The warm-up and the timed run pace alike, so the code the timed run exercises (large groups) is warm.
/// </summary>
public sealed class HospitalPacing(IProducer<string?, byte[]> producer, KafkaOptions options, E2eWorkload workload, ReceiptWatch receipts)
{
    public const long MaxUnansweredBytesPerHospital = 4L * 1024 * 1024;

    private readonly Dictionary<string, long> _sent = new(StringComparer.Ordinal);

    public async Task SendAsync(E2eBatch batch)
    {
        receipts.Expect(batch.BatchId, batch.Institution, batch.Csv.Length);
        var sent = _sent.GetValueOrDefault(batch.Institution);
        // A batch larger than the limit is still sent, alone.
        while (sent - receipts.AnsweredBytes(batch.Institution) is var unanswered and > 0 && unanswered + batch.Csv.Length > MaxUnansweredBytesPerHospital)
            await Task.Delay(2);
        await E2eBenchmark.SendAsync(producer, options, workload, batch);
        _sent[batch.Institution] = sent + batch.Csv.Length;
    }
}
