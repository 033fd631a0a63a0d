using System.Diagnostics;
using System.Text;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Schema;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Npgsql;
using NpgsqlTypes;

namespace HealthExchange.Benchmarks.EndToEnd;

/// <summary>
/// The ceiling: the same rows written with one plain COPY into a fresh table of the same columns with the primary
/// key the generated DDL gives the real table — once by Npgsql binary COPY, once by `psql \copy` from a CSV file.
/// </summary>
public static class RawCopyCeiling
{
    private static TableDefinition Table => Some.OutpatientTable;
    private static string Columns => string.Join(", ", Table.Columns.Select(c => SqlNames.Quote(c.Name)));

    private static async Task CreateAsync(NpgsqlDataSource dataSource, string name)
    {
        await using var create = dataSource.CreateCommand(
            $"DROP TABLE IF EXISTS {name}; CREATE TABLE {name} AS SELECT {SystemColumns.Institution}, {Columns} FROM {SqlNames.DataTable(Table)} WITH NO DATA; " +
            $"ALTER TABLE {name} ADD PRIMARY KEY ({string.Join(", ", DataTableDdl.KeyColumns(Table))})");
        await create.ExecuteNonQueryAsync();
    }

    public static async Task<TimeSpan> BinaryCopyAsync(NpgsqlDataSource dataSource, E2eWorkload workload)
    {
        await CreateAsync(dataSource, "bench_raw_binary");
        // Typed before the clock starts: the ceiling is PostgreSQL's, not the parser's.
        var typed = new List<(string Institution, object?[] Values)>(workload.DistinctRows.Count);
        foreach (var group in workload.DistinctRows.GroupBy(r => r.Institution))
        {
            var csv = Encoding.UTF8.GetBytes(Some.Csv(Table, group.Select(r => r.Row)));
            using var reader = new CsvTableReader(Table, new MemoryStream(csv), Encoding.UTF8);
            foreach (var row in BatchValidator.Validate(Table, reader, ValidationContext.At(E2eWorkload.UploadedAt)))
                if (!row.Rejected) typed.Add((group.Key, row.Values));
        }
        // The column types the platform stores, written through Npgsql's importer as the issue's ceiling was.
        var types = Table.Columns.Select(c => NpgsqlColumnTypes.Of(c.Type)).ToArray();
        await using var connection = await dataSource.OpenConnectionAsync();
        var watch = Stopwatch.StartNew();
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY bench_raw_binary ({SystemColumns.Institution}, {Columns}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (institution, values) in typed)
            {
                await importer.StartRowAsync();
                await importer.WriteAsync(institution, NpgsqlDbType.Text);
                for (var i = 0; i < types.Length; i++)
                    if (values[i] is { } value) await importer.WriteAsync(value, types[i]); else await importer.WriteNullAsync();
            }
            await importer.CompleteAsync();
        }
        return watch.Elapsed;
    }

    /// <summary>
    /// What PostgreSQL alone needs for the platform's own table and batch size: the same rows, with the system columns
    /// the loader writes (<see cref="RowWriter"/>), into a copy of the real data table (its indexes and fill factor),
    /// one COPY per batch of <paramref name="batchRows"/> — no ledger, no aggregates, no checks. The gap between this and
    /// the end-to-end run is the platform's; the gap between this and the plain ceilings is the shape's. With
    /// <paramref name="commitEachBatch"/> off every COPY runs in one transaction: the most any group commit of small
    /// batches could gain on PostgreSQL's side.
    /// </summary>
    /// <param name="arrivalOrder">The batches in the order the hospitals sent them (each hospital's keys interleaved with
    /// the others' in the primary key, as the pipeline meets them) instead of one hospital after the other (every key
    /// appended at the index's right end, as the plain ceilings load them).</param>
    public static async Task<TimeSpan> PlatformShapeCopyAsync(NpgsqlDataSource dataSource, E2eWorkload workload, int batchRows, bool commitEachBatch = true,
        bool arrivalOrder = false)
    {
        await using (var create = dataSource.CreateCommand(
            // LIKE copies the indexes but not the storage parameters: the fill factor is set as the generated DDL sets it.
            $"DROP TABLE IF EXISTS bench_raw_shape; CREATE TABLE bench_raw_shape (LIKE {SqlNames.DataTable(Table)} INCLUDING ALL) WITH (fillfactor = {DataTableDdl.FillFactor})"))
            await create.ExecuteNonQueryAsync();
        var chunks = arrivalOrder ? InArrivalOrder(workload, batchRows)
            : workload.DistinctRows.GroupBy(r => r.Institution).SelectMany(group => group.Chunk(batchRows).Select(chunk => (group.Key, chunk.Select(r => r.Row).ToList())));
        var batches = new List<(BatchIdentity Batch, List<ValidatedRow> Rows)>();
        foreach (var (number, (institution, chunk)) in chunks.Index())
        {
            var csv = Encoding.UTF8.GetBytes(Some.Csv(Table, chunk));
            using var reader = new CsvTableReader(Table, new MemoryStream(csv), Encoding.UTF8);
            var rows = BatchValidator.Validate(Table, reader, ValidationContext.At(E2eWorkload.UploadedAt)).Where(row => !row.Rejected).ToList();
            batches.Add((new BatchIdentity(institution, $"shape-{institution}-{number}", E2eWorkload.UploadedAt), rows));
        }
        var copy = $"COPY bench_raw_shape ({string.Join(", ", StagingTable.Columns(Table).Select(SqlNames.Quote))}) FROM STDIN (FORMAT BINARY)";
        await using var connection = await dataSource.OpenConnectionAsync();
        var watch = Stopwatch.StartNew();
        await using var whole = commitEachBatch ? null : await connection.BeginTransactionAsync();
        foreach (var (batch, rows) in batches)
        {
            await using var each = commitEachBatch ? await connection.BeginTransactionAsync() : null;
            await using (var writer = await BinaryCopyWriter.BeginAsync(connection, copy, CancellationToken.None))
            {
                var rowWriter = new RowWriter(Table, batch);
                foreach (var row in rows) await rowWriter.WriteAsync(writer, row, CancellationToken.None);
                await writer.CompleteAsync(CancellationToken.None);
            }
            if (each is not null) await each.CommitAsync();
        }
        if (whole is not null) await whole.CommitAsync();
        return watch.Elapsed;
    }

    /// <summary>The distinct rows cut into batches as they were sent: a run of one hospital's rows, at most <paramref name="batchRows"/>.</summary>
    private static List<(string Institution, List<Dictionary<string, string>> Rows)> InArrivalOrder(E2eWorkload workload, int batchRows)
    {
        var batches = new List<(string Institution, List<Dictionary<string, string>> Rows)>();
        foreach (var (institution, row) in workload.DistinctRows)
            if (batches.Count > 0 && batches[^1].Institution == institution && batches[^1].Rows.Count < batchRows) batches[^1].Rows.Add(row);
            else batches.Add((institution, [row]));
        return batches;
    }

    public static async Task<TimeSpan> PsqlCopyAsync(NpgsqlDataSource dataSource, string connectionString, E2eWorkload workload)
    {
        await CreateAsync(dataSource, "bench_raw_psql");
        var file = Path.Combine(Path.GetTempPath(), $"hx-bench-{Environment.ProcessId}.csv");
        await using (var writer = new StreamWriter(file, false, new UTF8Encoding(false)))
        {
            await writer.WriteAsync(SystemColumns.Institution + "," + string.Join(',', Table.Columns.Select(c => c.Name)) + "\n");
            foreach (var (institution, row) in workload.DistinctRows)
                await writer.WriteAsync(institution + "," + CsvText.Line(Table.Columns.Select(c => row.GetValueOrDefault(c.Name, ""))) + "\n");
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            var start = new ProcessStartInfo("psql")
            {
                ArgumentList = { "-h", builder.Host!, "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", builder.Username!,
                    "-d", builder.Database!, "-v", "ON_ERROR_STOP=1", "-qc",
                    $"\\copy bench_raw_psql ({SystemColumns.Institution}, {Columns}) FROM '{file}' WITH (FORMAT csv, HEADER true)" },
                RedirectStandardError = true,
            };
            start.Environment["PGPASSWORD"] = builder.Password ?? "";
            var watch = Stopwatch.StartNew();
            using var psql = Process.Start(start)!;
            var errors = await psql.StandardError.ReadToEndAsync();
            await psql.WaitForExitAsync();
            var elapsed = watch.Elapsed;
            if (psql.ExitCode != 0) throw new InvalidOperationException("psql \\copy failed: " + errors);
            return elapsed;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
