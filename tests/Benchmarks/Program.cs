using System.Diagnostics;
using System.Globalization;
using System.Text;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Schema;
using HealthExchange.TestSupport;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Benchmarks;

/// <summary>Stage-by-stage throughput against raw binary COPY; medians of several runs.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--cda")) return CdaBenchmark.Run(Option(args, "--documents", 2000), Option(args, "--runs", 3));
        if (args.Contains("--e2e"))
            return await EndToEnd.E2eBenchmark.RunAsync(Option(args, "--rows", 160_000), Option(args, "--batch-rows", 4_000), Option(args, "--workers", 1), args.Contains("--mixed"),
                Option(args, "--broker-rtt-ms", 0), Option(args, "--group-commit", new HealthExchange.Ingest.Kafka.KafkaOptions().GroupCommitBatches));
        if (args.Contains("--backlog"))
            return await EndToEnd.BacklogBenchmark.RunAsync(Option(args, "--backlog-mib", 2048), Option(args, "--batch-rows", 4_000), Option(args, "--workers", 1));
        if (args.Contains("--metrics")) return await MetricsBenchmark.RunAsync(Option(args, "--runs", 5));
        var rows = Option(args, "--rows", 1_000_000);
        var runs = Option(args, "--runs", 3);
        var batchRows = Option(args, "--batch-rows", 4_000);
        var table = Some.OutpatientTable;
        var csv = BuildCsv(rows);
        // Senders send batches of hundreds to thousands of rows, not one batch of a million: the loader is timed on those.
        var batches = SplitCsv(csv, batchRows);
        Console.WriteLine($"{rows:N0} rows of {table.Code} ({table.Columns.Count} columns), {csv.Length / 1_048_576.0:F0} MiB of CSV, " +
                          $"loaded in {batches.Count:N0} batches of ≤ {batchRows:N0}; {runs} runs, medians");

        var validate = Median(runs, () => Validate(csv));
        await using var database = await TestDatabase.CreateAsync();
        var rawCopy = await MedianAsync(runs, () => RawCopyAsync(database, csv));
        var direct = new BatchLoader(database.DataSource);
        var staged = new BatchLoader(database.DataSource) { DirectCopyEnabled = false };
        var load = await MedianAsync(runs, run => LoadAsync(database, direct, batches, $"bench-new-{run}", truncate: true));
        var loadStaged = await MedianAsync(runs, run => LoadAsync(database, staged, batches, $"bench-staged-{run}", truncate: true));
        await LoadAsync(database, direct, batches, "bench-seed", truncate: true);
        var redelivered = await MedianAsync(runs, run => LoadAsync(database, direct, batches, $"bench-again-{run}", truncate: false));

        Console.WriteLine();
        Console.WriteLine($"{"stage",-44} {"rows/s",12} {"× raw COPY",11}");
        Report("raw binary COPY (same primary key)", rows, rawCopy, rawCopy);
        Report("validate (parse + checks)", rows, validate, rawCopy);
        Report("load, new rows (direct COPY)", rows, load, rawCopy);
        Report("load, new rows (staged merge only)", rows, loadStaged, rawCopy);
        Report("load, redelivered rows (all keys stored)", rows, redelivered, rawCopy);
        Console.WriteLine($"batches by path: direct {direct.PathCounts.Direct:N0}, staged {direct.PathCounts.Staged:N0}");
        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1_048_576} MiB");
        return 0;
    }

    private static void Report(string stage, int rows, TimeSpan elapsed, TimeSpan baseline) =>
        Console.WriteLine($"{stage,-44} {rows / elapsed.TotalSeconds,12:N0} {baseline.TotalSeconds / elapsed.TotalSeconds,10:F2}×");

    /// <summary>The CSV cut into batches of <paramref name="batchRows"/> rows, each with the header line.</summary>
    private static List<byte[]> SplitCsv(byte[] csv, int batchRows)
    {
        var lines = Encoding.UTF8.GetString(csv).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0];
        return lines.Skip(1).Chunk(batchRows).Select(chunk => Encoding.UTF8.GetBytes(header + "\n" + string.Join("\n", chunk) + "\n")).ToList();
    }

    private static byte[] BuildCsv(int rows)
    {
        var day = new DateOnly(2022, 4, 1);
        var builder = new StringBuilder(Some.Csv(Some.OutpatientTable, []));
        var header = builder.Length;
        for (var i = 0; i < rows; i++)
        {
            var row = Some.OutpatientRow(string.Create(CultureInfo.InvariantCulture, $"B{i:D9}"), day.AddDays(i % 28).ToDateTime(new TimeOnly(8, 0)).AddSeconds(i % 36000));
            var line = Some.Csv(Some.OutpatientTable, [row]);
            builder.Append(line, header, line.Length - header);
        }
        return Encoding.UTF8.GetBytes(builder.ToString());
    }

    private static TimeSpan Validate(byte[] csv)
    {
        var watch = Stopwatch.StartNew();
        using var reader = new CsvTableReader(Some.OutpatientTable, new MemoryStream(csv), Encoding.UTF8);
        var accepted = 0;
        foreach (var row in BatchValidator.Validate(Some.OutpatientTable, reader, new ValidationContext(new DateTime(2022, 5, 1))))
            if (!row.Rejected) accepted++;
        if (accepted == 0) throw new InvalidOperationException("nothing validated");
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> RawCopyAsync(TestDatabase database, byte[] csv)
    {
        // The same typed rows, written straight into a plain table with the data table's primary key: the ceiling.
        var table = Some.OutpatientTable;
        using var reader = new CsvTableReader(table, new MemoryStream(csv), Encoding.UTF8);
        var rows = BatchValidator.Validate(table, reader, new ValidationContext(new DateTime(2022, 5, 1))).ToList();
        await using var connection = await database.DataSource.OpenConnectionAsync();
        var columns = string.Join(", ", table.Columns.Select(c => SqlNames.Quote(c.Name)));
        await using (var create = new NpgsqlCommand(
            $"DROP TABLE IF EXISTS raw_copy; CREATE TABLE raw_copy AS SELECT institution_code, {columns} FROM hx_data.outpatient_visit WITH NO DATA; " +
            $"ALTER TABLE raw_copy ADD PRIMARY KEY ({string.Join(", ", DataTableDdl.KeyColumns(table))})", connection))
            await create.ExecuteNonQueryAsync();
        var watch = Stopwatch.StartNew();
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY raw_copy (institution_code, {columns}) FROM STDIN (FORMAT BINARY)"))
        {
            var types = table.Columns.Select(c => NpgsqlColumnTypes.Of(c.Type)).ToArray();
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(Some.Hospital, NpgsqlDbType.Text);
                for (var i = 0; i < types.Length; i++)
                    if (row.Values[i] is { } value) await importer.WriteAsync(value, types[i]); else await importer.WriteNullAsync();
            }
            await importer.CompleteAsync();
        }
        return watch.Elapsed;
    }

    private static async Task<TimeSpan> LoadAsync(TestDatabase database, BatchLoader loader, List<byte[]> batches, string batchId, bool truncate)
    {
        if (truncate)
            await using (var clear = database.DataSource.CreateCommand("TRUNCATE hx_data.outpatient_visit"))
                await clear.ExecuteNonQueryAsync();
        var table = Some.OutpatientTable;
        var at = Some.Shanghai(2022, 5, 1);
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < batches.Count; i++)
        {
            using var reader = new CsvTableReader(table, new MemoryStream(batches[i]), Encoding.UTF8);
            await loader.LoadAsync(new BatchIdentity(Some.Hospital, $"{batchId}-{i}", at), table, "csv",
                BatchValidator.Validate(table, reader, ValidationContext.At(at)), reader.HeaderIssues, CancellationToken.None);
        }
        return watch.Elapsed;
    }

    private static TimeSpan Median(int runs, Func<TimeSpan> run) => Enumerable.Range(0, runs).Select(_ => run()).Order().ElementAt(runs / 2);

    private static async Task<TimeSpan> MedianAsync(int runs, Func<Task<TimeSpan>> run) => await MedianAsync(runs, _ => run());

    private static async Task<TimeSpan> MedianAsync(int runs, Func<int, Task<TimeSpan>> run)
    {
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++) times.Add(await run(i));
        return times.Order().ElementAt(runs / 2);
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
