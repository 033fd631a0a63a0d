using HealthExchange.Ingest.DeadLetters;
using HealthExchange.Api.Hosting;
using HealthExchange.Host.Cli;
using HealthExchange.Validation.Catalogues;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace HealthExchange.Host.Pipeline;

/// <summary>Starts the platform's HTTP host (src/Api) for `hx run`, `hx serve` and `hx demo --serve` on `--http HOST:PORT`.</summary>
internal static class HttpServing
{
    public const string DefaultAddress = "127.0.0.1:8080";

    /// <summary>The `--http` address as a Kestrel URL; usage error when it is not HOST:PORT.</summary>
    public static string Url(CommandLine line)
    {
        var address = line.Option("http") ?? DefaultAddress;
        if (address.StartsWith("http://", StringComparison.Ordinal)) return address;
        var colon = address.LastIndexOf(':');
        if (colon <= 0 || !ushort.TryParse(address[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture, out _))
            throw new UsageException("--http takes HOST:PORT, e.g. 127.0.0.1:8080");
        return "http://" + address;
    }

    /// <param name="pipeline">The pipeline running in this process, if any: its settle step lets the dashboard replay dead letters.</param>
    public static async Task<WebApplication> StartAsync(NpgsqlDataSource dataSource, CatalogueSet catalogues, HostSettings settings, ILoggerFactory logging, string url,
        PipelineServices? pipeline = null)
    {
        var replayer = pipeline is null ? null : new DeadLetterReplayer(pipeline.DataSource, pipeline.Settler);
        var app = ApiHost.Build(new ApiServices(dataSource, catalogues, settings.Metrics, TimeProvider.System, replayer, pipeline?.Consumer.Observations), url, logging);
        await app.StartAsync();
        return app;
    }
}
