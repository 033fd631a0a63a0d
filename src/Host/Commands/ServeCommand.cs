using HealthExchange.Ingest.Schema;
using HealthExchange.Api.Hosting;
using HealthExchange.Host.Cli;
using HealthExchange.Host.Pipeline;

namespace HealthExchange.Host.Commands;

/// <summary>
/// `hx serve`: the HTTP API alone, without the consumer. It never migrates: it can read a replica, so the schema
/// (and the token table) comes from the primary's `hx run`.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(CommandLine line)
    {
        var url = HttpServing.Url(line);
        var settings = HostSettings.Load(line);
        using var logging = Logging.Create(settings);
        using var shutdown = new Shutdown();
        await using var dataSource = PlatformDataSource.Create(settings.ConnectionString);
        await using var app = await HttpServing.StartAsync(dataSource, settings.LoadCatalogues(), settings, logging, url);
        var address = ApiHost.BoundAddress(app);
        await Console.Out.WriteLineAsync($"http={address}");
        await Console.Error.WriteLineAsync($"hx serve: API on {address} (reference: {address}reference); Ctrl+C or SIGTERM stops it");
        try { await Task.Delay(Timeout.Infinite, shutdown.Token); }
        catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
        return ExitCodes.Ok;
    }
}
