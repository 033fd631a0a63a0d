using System.Globalization;
using Confluent.Kafka;
using HealthExchange.Host.Broker;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Demo;
using HealthExchange.Host.Pipeline;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Registry;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Validation.Catalogues;
using Spectre.Console;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx demo`: the main job on embedded defaults. An in-process Kafka-protocol broker, the demo database
/// recreated on the local PostgreSQL, a simulated month of outpatient feeds for real Nanjing institutions
/// at 1/scale of their published volumes — table batches on hx.tables, and WS/T 500 documents on hx.cda from
/// the hospitals registered as uploading CDA documents — pushed through Kafka and ingested, then the month's report.
/// </summary>
internal static class DemoCommand
{
    private static readonly DateOnly Month = new(2022, 4, 1);

    public static async Task<int> RunAsync(CommandLine line)
    {
        var settings = HostSettings.Load(line);
        if (line.Option("log-level") is null) settings.MinimumLevel = "Warning"; // the progress display tells the story
        var scale = int.Parse(line.Option("scale") ?? "200", CultureInfo.InvariantCulture);
        var count = int.Parse(line.Option("institutions") ?? "8", CultureInfo.InvariantCulture);
        using var logging = Logging.Create(settings);
        using var shutdown = new Shutdown();

        using var cluster = new MockCluster();
        EmbeddedTopics.Create(cluster, settings.Kafka, partitions: 8);
        settings.Kafka.BootstrapServers = cluster.BootstrapServers;
        settings.ConnectionString = await DatabaseAdmin.RecreateAsync(settings.ConnectionString, line.Option("database") ?? "hx_demo");
        await CommitWithoutWaitingForDiskAsync(settings.ConnectionString, shutdown.Token);
        AnsiConsole.MarkupLine($"[grey]broker[/] {cluster.BootstrapServers} (librdkafka mock cluster, in process)   [grey]database[/] {Markup.Escape(Redacted(settings.ConnectionString))}");

        await using var pipeline = await PipelineServices.CreateAsync(settings, logging, TimeProvider.System, shutdown.Token);
        await RegistrySeed.ImportAsync(pipeline.DataSource, pipeline.Catalogues, cancellationToken: shutdown.Token);

        var registered = await new InstitutionRegistry(pipeline.DataSource, TimeProvider.System).AllAsync(shutdown.Token);
        var documentSenders = registered.Where(i => i.UploadMethod == CdaUploadMethod).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var uploads = Simulate(pipeline.Catalogues, documentSenders, count, scale);
        using var consuming = CancellationTokenSource.CreateLinkedTokenSource(shutdown.Token);
        var consumer = pipeline.Consumer.RunAsync(consuming.Token);
        var sent = await ProduceAsync(pipeline, settings, uploads, consumer, shutdown.Token);

        await consuming.CancelAsync();
        await consumer;
        var query = new MetricsQuery(pipeline.DataSource, pipeline.Catalogues, settings.Metrics);
        var reports = await ReportCommand.BuildAsync(query, new ReportPeriod(Month, Month.AddMonths(1), "2022-04"), null, OutputFormat.Table, shutdown.Token);
        ReportCommand.Write(reports, OutputFormat.Table, line.Flag("english"), null);
        AnsiConsole.MarkupLine($"[grey]{sent.Batches} table batches ({sent.Rows} rows, {sent.Invalid} deliberately invalid) and {sent.Documents} CDA documents ({sent.Broken} deliberately broken) sent; "
            + (sent.Documents > 0 ? "one batch and one document were sent twice and counted once.[/]" : "one batch was sent twice and counted once.[/]"));
        AnsiConsole.MarkupLine("[grey]See it again:[/] ./hx report --period 2022-04 --db \"" + Markup.Escape(Redacted(settings.ConnectionString)) + "\" --format json");
        if (line.Flag("serve")) await DemoServing.ServeAsync(pipeline, settings, logging, HttpServing.Url(line), shutdown.Token);
        return ExitCodes.Ok;
    }

    /// <summary>The registry's upload_method of institutions that upload CDA documents (schemas/institutions/nanjing.csv).</summary>
    private const string CdaUploadMethod = "CDA文档";

    private static List<DemoUpload> Simulate(CatalogueSet catalogues, HashSet<string> documentSenders, int count, int scale)
    {
        var reference = ReferenceInstitution.Load();
        // The largest hospitals and districts, so the tables resemble the published ones' top lines, and every
        // hospital that uploads CDA documents, so the month shows both ways of uploading.
        var districts = Math.Max(1, count * 3 / 8);
        var chosen = reference.Where(r => r.Kind == "hospital").Take(count - districts).Concat(reference.Where(r => r.Kind == "district").Take(districts)).ToList();
        chosen.AddRange(reference.Where(r => documentSenders.Contains(r.Code) && !chosen.Contains(r)));
        return chosen.SelectMany((institution, index) =>
            {
                var catalogue = catalogues.For(institution.Kind == "district" ? InstitutionKind.District : InstitutionKind.Hospital);
                return new InstitutionFeed(catalogue, institution, Month, scale, seed: 1000 + index, cdaDocuments: documentSenders.Contains(institution.Code)).Uploads();
            })
            .OrderBy(upload => upload.UploadedAt).ToList();
    }

    private sealed record Sent(int Batches, long Rows, long Invalid, int Documents, int Broken);

    private static async Task<Sent> ProduceAsync(PipelineServices pipeline, HostSettings settings, List<DemoUpload> uploads, Task consumer, CancellationToken cancellationToken)
    {
        using var producer = new ProducerBuilder<string?, byte[]>(PipelineServices.ProducerConfig(settings.Kafka)).Build();
        // A sender's retries: the same batch id again, and the same document again.
        var toSend = uploads.Append(uploads.OfType<DemoBatch>().ElementAt(uploads.OfType<DemoBatch>().Count() / 2)).ToList();
        var documents = uploads.OfType<DemoDocument>().ToList();
        if (documents.Count > 0) toSend.Add(documents[documents.Count / 2]);
        long rows = 0, invalid = 0;
        int batchCount = 0, documentCount = 0, broken = 0;
        await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var produced = context.AddTask("uploading (Kafka)", maxValue: toSend.Count);
                var ingested = context.AddTask("validating + loading", maxValue: toSend.Count);
                // The consumer settles both topics; every record counts once whichever topic it came from.
                var baseline = pipeline.Consumer.RecordsHandled;
                foreach (var upload in toSend)
                {
                    // Pace by consumer lag: the embedded broker silently drops a partition's data beyond 5 MiB.
                    while (produced.Value - (pipeline.Consumer.RecordsHandled - baseline) > 64)
                    {
                        ingested.Value = pipeline.Consumer.RecordsHandled - baseline;
                        if (consumer.IsCompleted) await consumer; // surfaces the consumer's failure instead of waiting forever
                        await Task.Delay(20, cancellationToken);
                    }
                    switch (upload)
                    {
                        case DemoBatch batch:
                            await producer.ProduceAsync(settings.Kafka.TablesTopic, Message(batch), cancellationToken);
                            batchCount++;
                            rows += batch.Rows;
                            invalid += batch.InvalidRows;
                            break;
                        case DemoDocument document:
                            await producer.ProduceAsync(settings.Kafka.CdaTopic, Message(document), cancellationToken);
                            documentCount++;
                            if (document.Defect != DocumentDefect.None) broken++;
                            break;
                    }
                    produced.Increment(1);
                }
                while (pipeline.Consumer.RecordsHandled - baseline < toSend.Count)
                {
                    ingested.Value = pipeline.Consumer.RecordsHandled - baseline;
                    if (consumer.IsCompleted) await consumer;
                    await Task.Delay(50, cancellationToken);
                }
                ingested.Value = toSend.Count;
            });
        return new Sent(batchCount, rows, invalid, documentCount, broken);
    }

    private static Message<string?, byte[]> Message(DemoBatch batch)
    {
        var message = new Message<string?, byte[]> { Key = batch.Institution, Value = batch.Csv, Headers = [], Timestamp = new Timestamp(batch.UploadedAt) };
        WireHeaders.Set(message.Headers, WireHeaders.Institution, batch.Institution);
        WireHeaders.Set(message.Headers, WireHeaders.Table, batch.Table);
        WireHeaders.Set(message.Headers, WireHeaders.Format, "csv");
        WireHeaders.Set(message.Headers, WireHeaders.Batch, batch.BatchId);
        return message;
    }

    /// <summary>A document on hx.cda (docs/feeds.md): key and hx-institution, the sender's upload id as hx-batch, the upload time as timestamp.</summary>
    private static Message<string?, byte[]> Message(DemoDocument document)
    {
        var message = new Message<string?, byte[]> { Key = document.Institution, Value = document.Xml, Headers = [], Timestamp = new Timestamp(document.UploadedAt) };
        WireHeaders.Set(message.Headers, WireHeaders.Institution, document.Institution);
        WireHeaders.Set(message.Headers, WireHeaders.Batch, document.UploadId);
        return message;
    }

    /// <summary>
    /// The demo's database is recreated on every run and thrown away, so its commits need not wait for the disk
    /// (synchronous_commit off, for this database only). Every transaction stays atomic and every load idempotent;
    /// only a server crash could lose the last moments' commits. Each CDA document is its own transaction, so
    /// this takes about a quarter off the demo's wall time on the 2-core machine; the service (`hx run`) and the
    /// tests keep PostgreSQL's durable default.
    /// </summary>
    private static async Task CommitWithoutWaitingForDiskAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        var database = "\"" + builder.Database!.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        await using var command = new Npgsql.NpgsqlCommand($"ALTER DATABASE {database} SET synchronous_commit = off", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Redacted(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Password = null }.ConnectionString;
}
