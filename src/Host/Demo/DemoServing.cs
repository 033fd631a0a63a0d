using HealthExchange.Api.Hosting;
using HealthExchange.Api.Tokens;
using HealthExchange.Host.Pipeline;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace HealthExchange.Host.Demo;

/// <summary>`hx demo --serve`: keeps the API up over the demo's database until Ctrl+C, with a token to try it with.</summary>
internal static class DemoServing
{
    public static async Task ServeAsync(PipelineServices pipeline, HostSettings settings, ILoggerFactory logging, string url, CancellationToken stop)
    {
        await using var app = await HttpServing.StartAsync(pipeline.DataSource, pipeline.Catalogues, settings, logging, url, pipeline);
        var address = ApiHost.BoundAddress(app);
        var (_, secret) = await new TokenStore(pipeline.DataSource, TimeProvider.System).CreateAsync(ApiRole.Operator, null, TimeProvider.System.GetUtcNow().AddDays(1), stop);
        // Plain lines, never wrapped or coloured: the URL and the token are copied or read by scripts as they are.
        await Console.Out.WriteLineAsync($"API       {address}   (reference {address}reference, dashboard {address}dashboard)");
        await Console.Out.WriteLineAsync($"token     {secret}   (operator, 24 h)");
        await Console.Out.WriteLineAsync($"try       curl -H \"Authorization: Bearer {secret}\" \"{address}api/v1/summaries?from=2022-04-01&to=2022-04-30\"");
        AnsiConsole.MarkupLine("[grey]Ctrl+C stops it.[/]");
        try { await Task.Delay(Timeout.Infinite, stop); }
        catch (OperationCanceledException) { }
        await app.StopAsync(CancellationToken.None);
    }
}
