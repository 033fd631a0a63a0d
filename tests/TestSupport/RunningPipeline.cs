using HealthExchange.Host.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace HealthExchange.TestSupport;

/// <summary>The real pipeline (the host's own wiring) consuming from a test broker into a test database.</summary>
public sealed class RunningPipeline : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _consumer;

    private RunningPipeline(PipelineServices services) => Services = services;

    public PipelineServices Services { get; }

    public static async Task<RunningPipeline> StartAsync(TestBroker broker, TestDatabase database, IEnumerable<string>? catalogueFiles = null,
        Microsoft.Extensions.Logging.ILoggerFactory? logging = null)
    {
        var settings = new HostSettings { Kafka = broker.Options, ConnectionString = database.ConnectionString };
        settings.CatalogueFiles.AddRange(catalogueFiles ?? []);
        var services = await PipelineServices.CreateAsync(settings, logging ?? NullLoggerFactory.Instance, TimeProvider.System, CancellationToken.None);
        var pipeline = new RunningPipeline(services);
        pipeline._consumer = services.Consumer.RunAsync(pipeline._stop.Token);
        return pipeline;
    }

    /// <summary>Waits until the consumer has settled <paramref name="records"/> records in total.</summary>
    public async Task WaitForAsync(long records, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (Services.Consumer.RecordsHandled < records)
        {
            if (_consumer is { IsFaulted: true }) await _consumer;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"consumer settled {Services.Consumer.RecordsHandled} of {records} records");
            await Task.Delay(50);
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_consumer is not null) await _consumer;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Services.DisposeAsync();
        _stop.Dispose();
    }
}
