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
/// at 1/scale of their published volumes, pushed through Kafka and ingested, then the month's report.
/// </summary>
public static class DemoCommand
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
        AnsiConsole.MarkupLine($"[grey]broker[/] {cluster.BootstrapServers} (librdkafka mock cluster, in process)   [grey]database[/] {Markup.Escape(Redacted(settings.ConnectionString))}");

        await using var pipeline = await PipelineServices.CreateAsync(settings, logging, TimeProvider.System, shutdown.Token);
        await RegistrySeed.ImportAsync(pipeline.DataSource, pipeline.Catalogues, cancellationToken: shutdown.Token);

        var batches = Simulate(pipeline.Catalogues, count, scale);
        using var consuming = CancellationTokenSource.CreateLinkedTokenSource(shutdown.Token);
        var consumer = pipeline.Consumer.RunAsync(consuming.Token);
        var sent = await ProduceAsync(pipeline, settings, batches, consumer, shutdown.Token);

        await consuming.CancelAsync();
        await consumer;
        var query = new MetricsQuery(pipeline.DataSource, pipeline.Catalogues, settings.Metrics);
        var reports = await ReportCommand.BuildAsync(query, new ReportPeriod(Month, Month.AddMonths(1), "2022-04"), null, OutputFormat.Table, shutdown.Token);
        ReportCommand.Write(reports, OutputFormat.Table, line.Flag("english"), null);
        AnsiConsole.MarkupLine($"[grey]{sent.Batches} batches ({sent.Rows} rows, {sent.Invalid} deliberately invalid) sent; one batch was sent twice and counted once.[/]");
        AnsiConsole.MarkupLine("[grey]See it again:[/] ./hx report --period 2022-04 --db \"" + Markup.Escape(Redacted(settings.ConnectionString)) + "\" --format json");
        return ExitCodes.Ok;
    }

    private static List<DemoBatch> Simulate(CatalogueSet catalogues, int count, int scale)
    {
        var reference = ReferenceInstitution.Load();
        // The largest hospitals and districts, so the tables resemble the published ones' top lines.
        var districts = Math.Max(1, count * 3 / 8);
        var chosen = reference.Where(r => r.Kind == "hospital").Take(count - districts).Concat(reference.Where(r => r.Kind == "district").Take(districts));
        return chosen.SelectMany((institution, index) =>
            {
                var catalogue = catalogues.For(institution.Kind == "district" ? InstitutionKind.District : InstitutionKind.Hospital);
                return new InstitutionFeed(catalogue, institution, Month, scale, seed: 1000 + index).Batches();
            })
            .OrderBy(batch => batch.UploadedAt).ToList();
    }

    private sealed record Sent(int Batches, long Rows, long Invalid);

    private static async Task<Sent> ProduceAsync(PipelineServices pipeline, HostSettings settings, List<DemoBatch> batches, Task consumer, CancellationToken cancellationToken)
    {
        using var producer = new ProducerBuilder<string?, byte[]>(PipelineServices.ProducerConfig(settings.Kafka.BootstrapServers)).Build();
        var toSend = batches.Append(batches[batches.Count / 2]).ToList(); // a sender's retry: the same batch id again
        long rows = 0, invalid = 0;
        await AnsiConsole.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var produced = context.AddTask("uploading (Kafka)", maxValue: toSend.Count);
                var ingested = context.AddTask("validating + loading", maxValue: toSend.Count);
                var baseline = pipeline.Consumer.RecordsHandled;
                foreach (var batch in toSend)
                {
                    // Pace by consumer lag: the embedded broker silently drops a partition's data beyond 5 MiB.
                    while (produced.Value - (pipeline.Consumer.RecordsHandled - baseline) > 64)
                    {
                        ingested.Value = pipeline.Consumer.RecordsHandled - baseline;
                        if (consumer.IsCompleted) await consumer; // surfaces the consumer's failure instead of waiting forever
                        await Task.Delay(20, cancellationToken);
                    }
                    await producer.ProduceAsync(settings.Kafka.TablesTopic, Message(batch), cancellationToken);
                    produced.Increment(1);
                    rows += batch.Rows;
                    invalid += batch.InvalidRows;
                }
                while (pipeline.Consumer.RecordsHandled - baseline < toSend.Count)
                {
                    ingested.Value = pipeline.Consumer.RecordsHandled - baseline;
                    if (consumer.IsCompleted) await consumer;
                    await Task.Delay(50, cancellationToken);
                }
                ingested.Value = toSend.Count;
            });
        return new Sent(toSend.Count, rows, invalid);
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

    private static string Redacted(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Password = null }.ConnectionString;
}
