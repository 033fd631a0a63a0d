using System.Diagnostics;
using System.Globalization;
using System.Text;
using Confluent.Kafka;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Kafka;
using HealthExchange.TestSupport;

namespace HealthExchange.Benchmarks.EndToEnd;

/// <summary>
/// `./hx bench --backlog [--backlog-mib N] [--batch-rows M] [--workers W]`: does `hx run` stay flat in memory when it
/// starts in front of a large backlog (a city's morning after an outage), and what do W of them (one consumer group)
/// drain per second? The broker (`hx broker`) and the ingest service
/// (`hx run`) are separate processes, so the service's resident set is its own. The whole backlog is produced and
/// acknowledged first; then `hx run` starts, and its resident set is sampled from /proc until the last receipt.
/// The mock broker keeps at most 5 MiB per partition, so the backlog is spread at ≤ 4 MiB per partition over as many
/// partitions as it needs; with a real cluster the same bytes would sit in a few partitions.
/// </summary>
public static class BacklogBenchmark
{
    private const long PartitionBytes = 4L * 1024 * 1024;
    private const int Hospitals = 8;

    public static async Task<int> RunAsync(int backlogMib, int batchRows, int workers = 1)
    {
        var template = BatchCsv(0, batchRows);
        var batchBytes = template.Length;
        var batches = (int)Math.Ceiling(backlogMib * 1_048_576.0 / batchBytes);
        var perPartition = (int)Math.Max(1, PartitionBytes / batchBytes);
        var partitions = (batches + perPartition - 1) / perPartition;
        Console.WriteLine($"backlog: {batches:N0} batches of {batchRows:N0} rows ({batchBytes / 1024.0:F0} KiB each, " +
                          $"{(long)batches * batchBytes / 1_048_576.0:N0} MiB, {(long)batches * batchRows:N0} rows) on {partitions:N0} partitions, then {workers} `hx run`");
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");

        await using var database = await TestDatabase.CreateAsync();
        using var broker = HxProcess.Start("broker", "--partitions", partitions.ToString(CultureInfo.InvariantCulture));
        var bootstrap = (broker.ReadLine() ?? throw new InvalidOperationException("hx broker did not start: " + broker.Stderr))["bootstrap=".Length..];
        var options = new KafkaOptions { BootstrapServers = bootstrap };

        var produced = Stopwatch.StartNew();
        await ProduceAsync(options, batches, batchRows, perPartition, partitions);
        Console.WriteLine($"produced and acknowledged in {produced.Elapsed.TotalSeconds:F1} s; broker resident set {broker.ResidentSet().Rss / 1_048_576:N0} MiB");

        using var receipts = new ReceiptWatch(bootstrap, options.ReceiptsTopic);
        var started = Stopwatch.GetTimestamp();
        var services = Enumerable.Range(0, workers).Select(_ => HxProcess.Start("run", "--kafka", bootstrap, "--db", database.ConnectionString, "--no-http")).ToList();
        var samples = new List<(long Answered, long Rss)>();
        var deadline = DateTime.UtcNow.AddMinutes(60);
        while (receipts.Count < batches && services.All(service => !service.HasExited) && DateTime.UtcNow < deadline)
        {
            samples.Add((receipts.Count, services.Max(service => service.ResidentSet().Rss)));
            await Task.Delay(500);
        }
        var answered = receipts.Seen("backlog-");
        var elapsed = answered.Count > 0 ? Stopwatch.GetElapsedTime(started, answered.Max(receipt => receipt.ArrivedTicks)) : TimeSpan.Zero;
        var peak = services.Max(service => service.HasExited ? 0 : service.ResidentSet().PeakRss);
        foreach (var service in services.Where(service => service.HasExited)) Console.WriteLine("hx run exited early:\n" + service.Stderr);
        foreach (var service in services)
        {
            service.Stop();
            service.Dispose();
        }
        receipts.Dispose();
        broker.Stop();

        var stored = await database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no LIKE 'K%'");
        var gaps = await database.ScalarAsync("SELECT count(*) FROM hx.offset_gaps");
        var statuses = string.Join(", ", answered.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        var rows = (long)batches * batchRows;
        Console.WriteLine($"receipts: {statuses}; rows stored {stored:N0} (expected {rows:N0}); offset gaps {gaps}");
        Console.WriteLine($"{workers} hx run: {rows / elapsed.TotalSeconds:N0} rows/s from their start to the last receipt ({elapsed.TotalSeconds:F1} s, startup included)");
        Console.WriteLine($"hx run resident set (the largest of {workers}), MiB, as the backlog drained: " + string.Join(", ", Quantiles(samples, batches)));
        Console.WriteLine($"hx run peak resident set (VmHWM, the largest of {workers}): {peak / 1_048_576:N0} MiB for a {(long)batches * batchBytes / 1_048_576.0:N0} MiB backlog");
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        return stored == rows && answered.Count == batches && gaps == 0 ? 0 : 1;
    }

    /// <summary>The resident set when 0, 25, 50, 75 and 100 % of the batches had been answered.</summary>
    private static IEnumerable<string> Quantiles(List<(long Answered, long Rss)> samples, int batches) =>
        new[] { 0, 25, 50, 75, 100 }.Select(percent =>
        {
            var at = samples.LastOrDefault(sample => sample.Answered * 100 <= (long)percent * batches, samples.LastOrDefault());
            return $"{percent} %: {at.Rss / 1_048_576:N0}";
        });

    /// <summary>All batches, each hospital's on partitions of their own; at most a few dozen unacknowledged at a time.</summary>
    private static async Task ProduceAsync(KafkaOptions options, int batches, int batchRows, int perPartition, int partitions)
    {
        using var producer = new ProducerBuilder<string?, byte[]>(PipelineServices.ProducerConfig(options)).Build();
        var inFlight = new Queue<Task>();
        for (var b = 0; b < batches; b++)
        {
            var batch = new E2eBatch(Hospital(b), $"backlog-{b:D6}", BatchCsv(b, batchRows), batchRows);
            // Fills partition after partition, perPartition batches each: never past the mock's 5 MiB.
            inFlight.Enqueue(producer.ProduceAsync(new TopicPartition(options.TablesTopic, new Partition(b / perPartition % partitions)), batch.ToMessage()));
            if (inFlight.Count >= 32) await inFlight.Dequeue();
        }
        await Task.WhenAll(inFlight);
    }

    private static string Hospital(int batch) => $"H3201{batch % Hospitals + 1:D5}";

    /// <summary>A batch of new outpatient visits of April 2022; visit numbers are unique across the backlog.</summary>
    private static byte[] BatchCsv(int batch, int batchRows)
    {
        var firstDay = new DateOnly(2022, 4, 1);
        var rows = Enumerable.Range(0, batchRows).Select(i =>
        {
            var n = (long)batch * batchRows + i;
            return Some.OutpatientRow(string.Create(CultureInfo.InvariantCulture, $"K{n:D9}"),
                firstDay.AddDays((int)(n % 28)).ToDateTime(new TimeOnly(8, 0)).AddSeconds(n % 36000));
        });
        return Encoding.UTF8.GetBytes(Some.Csv(Some.OutpatientTable, rows));
    }
}
