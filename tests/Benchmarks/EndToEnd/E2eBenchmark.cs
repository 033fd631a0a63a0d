using System.Diagnostics;
using System.Runtime;
using Confluent.Kafka;
using HealthExchange.Host.Broker;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Kafka;
using HealthExchange.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthExchange.Benchmarks.EndToEnd;

/// <summary>
/// `./hx bench --e2e`: hospitals' batches through the embedded broker into W pipelines (the host's own wiring, one
/// consumer group), timed from the first record sent to the last receipt read back from hx.receipts; in the same
/// run the same rows by raw binary COPY and by `psql \copy` into a table of the same shape and primary key.
/// </summary>
public static class E2eBenchmark
{
    private const int Partitions = 8;

    /// <param name="brokerRoundTripMs">Added to every broker response (0: the in-process mock answers in microseconds, a
    /// real cluster with acks=all in milliseconds), so the run shows what a broker's round trip costs the pipeline.</param>
    /// <param name="groupCommitBatches">Kafka:GroupCommitBatches of the pipelines (1: every batch commits alone).</param>
    public static async Task<int> RunAsync(int rows, int batchRows, int workers, bool mixed, int brokerRoundTripMs = 0, int groupCommitBatches = 16)
    {
        var workload = E2eWorkload.Build(rows, batchRows, 8, mixed);
        Console.WriteLine($"end to end: {workload.SentRows:N0} outpatient-visit rows in {workload.Batches.Count} batches of ≤ {batchRows:N0} " +
                          $"from {workload.Hospitals.Count} hospitals, {workers} worker(s), {Partitions} table partitions" +
                          (brokerRoundTripMs > 0 ? $"; broker round trip +{brokerRoundTripMs} ms" : "") +
                          $"; group commit of ≤ {groupCommitBatches} batches" +
                          (mixed ? $"; mixed: {workload.CorrectionRows:N0} corrections, {workload.InvalidRows:N0} invalid rows, batch {workload.Batches[0].BatchId} redelivered" : ""));
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");

        await using var database = await TestDatabase.CreateAsync();
        using var cluster = new MockCluster();
        var options = new KafkaOptions { GroupId = "hx-bench-" + Guid.NewGuid().ToString("N")[..8], SessionTimeoutMs = 6000, BootstrapServers = cluster.BootstrapServers,
            GroupCommitBatches = groupCommitBatches };
        EmbeddedTopics.Create(cluster, options, Partitions);
        if (brokerRoundTripMs > 0) cluster.SetRoundTrip(1, TimeSpan.FromMilliseconds(brokerRoundTripMs));

        var pipelines = new List<PipelineServices>();
        using var stop = new CancellationTokenSource();
        var loops = new List<Task>();
        for (var w = 0; w < workers; w++)
        {
            var settings = new HostSettings { Kafka = options, ConnectionString = database.ConnectionString };
            var services = await PipelineServices.CreateAsync(settings, NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);
            pipelines.Add(services);
            loops.Add(services.Consumer.RunAsync(stop.Token));
        }
        using var receipts = new ReceiptWatch(cluster.BootstrapServers, options.ReceiptsTopic);
        using var producer = new ProducerBuilder<string?, byte[]>(PipelineServices.ProducerConfig(options)).Build();

        // Every member joined and every connection warm before the clock starts.
        await Task.Delay(TimeSpan.FromSeconds(workers > 1 ? 8 : 2));
        var pacing = new HospitalPacing(producer, options, workload, receipts);
        await E2eWarmUp.RunAsync(pacing, workload, receipts, batchRows);

        var started = Stopwatch.GetTimestamp();
        var cpuAtStart = CpuUse.Now();
        var jitAtStart = JitInfo.GetCompilationTime();
        var gcPauseAtStart = GC.GetTotalPauseDuration();
        var collectionsAtStart = Enumerable.Range(0, 3).Select(GC.CollectionCount).ToArray();
        var allocatedAtStart = GC.GetTotalAllocatedBytes();
        var groupsAtStart = GroupCounts(pipelines);
        foreach (var batch in workload.Batches) await pacing.SendAsync(batch);
        var allSent = Stopwatch.GetElapsedTime(started);
        await receipts.UntilAsync("e2e-", workload.Batches.Count, TimeSpan.FromMinutes(30));
        var answered = receipts.Seen("e2e-");
        var endToEnd = Stopwatch.GetElapsedTime(started, answered.Max(r => r.ArrivedTicks));
        var cpu = CpuUse.Now() - cpuAtStart;
        var jitInRun = JitInfo.GetCompilationTime() - jitAtStart;
        var gcPauseInRun = GC.GetTotalPauseDuration() - gcPauseAtStart;
        var collectionsInRun = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - collectionsAtStart[g]).ToArray();
        var allocatedInRun = GC.GetTotalAllocatedBytes() - allocatedAtStart;
        var groupsInRun = GroupCounts(pipelines);
        groupsInRun = (groupsInRun.Commits - groupsAtStart.Commits, groupsInRun.Batches - groupsAtStart.Batches);

        await stop.CancelAsync();
        await Task.WhenAll(loops);
        foreach (var services in pipelines) await services.DisposeAsync();

        var stored = await database.ScalarAsync("SELECT count(*) FROM hx_data.outpatient_visit WHERE visit_no LIKE 'V%'");
        // Heap, TOAST and primary key per stored row: what docs/scaling.md multiplies out.
        var bytesPerRow = await database.ScalarAsync(
            "SELECT pg_total_relation_size('hx_data.outpatient_visit') / (SELECT count(*) FROM hx_data.outpatient_visit)");
        // Vacuumed and analysed now, untimed: otherwise autovacuum takes it up seconds later, while the ceilings run
        // (seen: 6 s of the pipeline's table at 30 MB/s overlapping them), and a slower ceiling flatters the ratio.
        await database.ScalarAsync("VACUUM (ANALYZE) hx_data.outpatient_visit");
        var statuses = string.Join(", ", answered.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
        // The ceilings are medians of three runs, each after a checkpoint: a single COPY of 160,000 rows right after the
        // pipeline's run moved by ± 25 % (a checkpoint the run's WAL had started, autovacuum of its table). The pipeline's
        // run gets no checkpoint first: its table has pages, and right after a checkpoint each page's first change writes
        // the whole page to the WAL, which a fresh table's COPY does not.
        var (binary, ceilingCpu) = await MedianOfThreeAsync(database, () => RawCopyCeiling.BinaryCopyAsync(database.DataSource, workload));
        var (psql, _) = await MedianOfThreeAsync(database, () => RawCopyCeiling.PsqlCopyAsync(database.DataSource, database.ConnectionString, workload));
        var (shape, shapeCpu) = await MedianOfThreeAsync(database, () => RawCopyCeiling.PlatformShapeCopyAsync(database.DataSource, workload, batchRows));
        var (shapeOneCommit, _) = await MedianOfThreeAsync(database,
            () => RawCopyCeiling.PlatformShapeCopyAsync(database.DataSource, workload, batchRows, commitEachBatch: false));
        var (shapeArrival, shapeArrivalCpu) = await MedianOfThreeAsync(database,
            () => RawCopyCeiling.PlatformShapeCopyAsync(database.DataSource, workload, batchRows, arrivalOrder: true));

        Console.WriteLine($"receipts: {statuses}; rows stored {stored:N0} (expected {workload.DistinctRows.Count:N0}); {bytesPerRow} bytes per stored row (heap + primary key)");
        Console.WriteLine();
        Console.WriteLine($"{"path",-58} {"rows",10} {"seconds",8} {"rows/s",10} {"× binary",9} {"× psql",7}");
        var distinct = workload.DistinctRows.Count;
        // Ratios of rates: the ceiling copies only the distinct rows, the pipeline receives every row sent (--mixed).
        var binaryRate = distinct / binary.TotalSeconds;
        var psqlRate = distinct / psql.TotalSeconds;
        Report("raw Npgsql binary COPY (same PK), median of 3", distinct, binary, binaryRate, psqlRate);
        Report("raw psql \\copy (same PK), median of 3", distinct, psql, binaryRate, psqlRate);
        Report($"raw binary COPY, hx table, {batchRows:N0}-row commits", distinct, shape, binaryRate, psqlRate);
        Report($"raw binary COPY, hx table, {batchRows:N0}-row COPYs, one commit", distinct, shapeOneCommit, binaryRate, psqlRate);
        Report($"raw binary COPY, hx table, {batchRows:N0}-row commits, as sent", distinct, shapeArrival, binaryRate, psqlRate);
        Report($"HealthExchange end to end, {workers} worker(s)", workload.SentRows, endToEnd, binaryRate, psqlRate);
        Console.WriteLine($"  the last batch was sent (its delivery acknowledged) after {allSent.TotalSeconds:F2} s; " +
                          $"group commit: {groupsInRun.Batches:N0} batches in {groupsInRun.Commits:N0} commits ({(double)groupsInRun.Batches / Math.Max(1, groupsInRun.Commits):F1} a commit)");
        Console.WriteLine($"CPU in the timed run: this process {cpu.Process.TotalSeconds:F2} s, PostgreSQL {cpu.Postgres.TotalSeconds:F2} s " +
                          $"(wall {endToEnd.TotalSeconds:F2} s × {Environment.ProcessorCount} cores)");
        // The ceiling's own server time, so PostgreSQL's extra work per row on the platform's path is a measured figure.
        Console.WriteLine($"  PostgreSQL per row: end to end {cpu.Postgres.TotalMicroseconds / workload.SentRows:F1} µs, " +
                          $"raw binary COPY {ceilingCpu.Postgres.TotalMicroseconds / distinct:F1} µs, platform's table in batches {shapeCpu.Postgres.TotalMicroseconds / distinct:F1} µs (as sent {shapeArrivalCpu.Postgres.TotalMicroseconds / distinct:F1} µs); this process per row: {cpu.Process.TotalMicroseconds / workload.SentRows:F1} µs");
        Console.WriteLine($"  JIT compilation in the timed run: {jitInRun.TotalSeconds:F2} s; garbage collection: {allocatedInRun / workload.SentRows:N0} bytes allocated per row, " +
                          $"collections gen0/1/2 {string.Join("/", collectionsInRun)}, paused {gcPauseInRun.TotalSeconds:F2} s");
        Console.WriteLine("  this process by thread: " + string.Join(", ", cpu.ByKind().Select(kind => $"{kind.Kind} {kind.Cpu.TotalSeconds:F2} s")));
        Console.WriteLine($"peak working set (whole process: broker, {workers} pipeline(s), benchmark): {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MiB");
        Console.WriteLine($"load: {File.ReadAllText("/proc/loadavg").Trim()}");
        return stored == distinct && answered.Count == workload.Batches.Count ? 0 : 1;
    }

    private static async Task CheckpointAsync(TestDatabase database) => await database.ScalarAsync("CHECKPOINT");

    /// <summary>The run of median time of three, each after a checkpoint, with that run's CPU.</summary>
    private static async Task<(TimeSpan Elapsed, CpuUse Cpu)> MedianOfThreeAsync(TestDatabase database, Func<Task<TimeSpan>> run)
    {
        var runs = new List<(TimeSpan Elapsed, CpuUse Cpu)>();
        for (var i = 0; i < 3; i++)
        {
            await CheckpointAsync(database);
            var before = CpuUse.Now();
            var elapsed = await run();
            runs.Add((elapsed, CpuUse.Now() - before));
        }
        return runs.OrderBy(r => r.Elapsed).ElementAt(1);
    }

    private static (long Commits, long Batches) GroupCounts(IEnumerable<PipelineServices> pipelines) =>
        pipelines.Select(p => p.Consumer.Grouping?.Counts ?? (0, 0)).Aggregate((0L, 0L), (sum, c) => (sum.Item1 + c.Commits, sum.Item2 + c.Batches));

    private static void Report(string path, long rows, TimeSpan elapsed, double binaryRate, double psqlRate)
    {
        var rate = rows / elapsed.TotalSeconds;
        Console.WriteLine($"{path,-58} {rows,10:N0} {elapsed.TotalSeconds,8:F2} {rate,10:N0} {rate / binaryRate,8:F2}× {rate / psqlRate,6:F2}×");
    }

    /// <summary>A hospital's batch on its own partition, so that each hospital's batches keep their order.</summary>
    internal static Task<DeliveryResult<string?, byte[]>> SendAsync(IProducer<string?, byte[]> producer, KafkaOptions options, E2eWorkload workload, E2eBatch batch)
    {
        var partition = workload.Hospitals.ToList().IndexOf(batch.Institution) % Partitions;
        return producer.ProduceAsync(new TopicPartition(options.TablesTopic, new Partition(partition)), batch.ToMessage());
    }
}
