using HealthExchange.Ingest.Kafka;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace HealthExchange.Api.Operations;

/// <summary>
/// /metrics (Prometheus text) and /health/live, /health/ready for orchestrators. Anonymous on purpose: scrapers and
/// probes carry no token, and nothing here names an institution or a person.
/// </summary>
internal static class OperationsEndpoints
{
    /// <param name="consumer">The consumer running in this process (`hx run`), if any: its lag, retries and assignment are reported too.</param>
    public static void MapOperations(this IEndpointRouteBuilder routes, ConsumerObservations? consumer = null)
    {
        var counters = new PlatformCounters(routes.ServiceProvider.GetRequiredService<NpgsqlDataSource>(), consumer);
        var readiness = new ReadinessCheck(routes.ServiceProvider.GetRequiredService<NpgsqlDataSource>(), consumer);
        routes.MapGet("/metrics", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            await counters.ExportAsync(context.Response.Body, context.RequestAborted);
        }).AllowAnonymous().ExcludeFromDescription();
        routes.MapGet("/health/live", () => Results.Text("live", "text/plain")).AllowAnonymous().ExcludeFromDescription();
        routes.MapGet("/health/ready", async (CancellationToken cancellationToken) =>
        {
            var problems = await readiness.ProblemsAsync(cancellationToken);
            var body = JsonSerializer.Serialize(new { status = problems.Count == 0 ? "ready" : "not-ready", problems });
            return Results.Text(body, "application/json", null, problems.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).AllowAnonymous().ExcludeFromDescription();
    }
}
