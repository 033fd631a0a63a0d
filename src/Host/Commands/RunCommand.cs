using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;
using HealthExchange.Host.Scheduling;

namespace HealthExchange.Host.Commands;

/// <summary>`hx run`: the long-running ingest service against any Kafka (a real cluster or `hx broker`).</summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var settings = HostSettings.Load(line);
        if (string.IsNullOrWhiteSpace(settings.Kafka.BootstrapServers))
            throw new UsageException("no Kafka address: give --kafka HOST:PORT or set HX_Kafka__BootstrapServers (`./hx broker` prints one)");
        using var logging = Logging.Create(settings);
        using var shutdown = new Shutdown();
        await using var pipeline = await PipelineServices.CreateAsync(settings, logging, TimeProvider.System, shutdown.Token);
        // Clustered through PostgreSQL: every `hx run` host may start it; each firing runs on one of them.
        await using var scheduler = settings.SchedulerEnabled
            ? await PlatformScheduler.StartAsync(new JobContext(pipeline.DataSource, pipeline.Catalogues, settings.Metrics, TimeProvider.System, settings.Alerts),
                settings.ConnectionString, cancellationToken: shutdown.Token)
            : null;
        // The HTTP API beside the consumer (off with --no-http): the same database, after the pipeline migrated it.
        await using var http = line.Flag("no-http") ? null
            : await HttpServing.StartAsync(pipeline.DataSource, pipeline.Catalogues, settings, logging, HttpServing.Url(line), pipeline);
        await Console.Error.WriteLineAsync("hx run: ingest service up" + (http is null ? "" : $", API on {Api.Hosting.ApiHost.BoundAddress(http)}") + "; Ctrl+C or SIGTERM stops it");
        await pipeline.Consumer.RunAsync(shutdown.Token);
        if (http is not null) await http.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }
}
