using HealthExchange.Api.Dashboard;
using HealthExchange.Api.Endpoints;
using HealthExchange.Api.Operations;
using HealthExchange.Api.Security;
using HealthExchange.Api.Tokens;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Expected;
using HealthExchange.Metrics.Publishing;
using HealthExchange.Metrics.Summaries;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Scalar.AspNetCore;

namespace HealthExchange.Api.Hosting;

/// <summary>
/// The platform's one HTTP host (Kestrel): bearer-token authentication, problem+json, the OpenAPI document and its
/// reference page, and the endpoint groups. Later groups (dashboard pages, /metrics, /health) are passed in as
/// <paramref name="moreGroups"/> and share the same authentication and token store.
/// </summary>
public static class ApiHost
{
    public static WebApplication Build(ApiServices services, string url, ILoggerFactory? logging = null, params Action<IEndpointRouteBuilder>[] moreGroups)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("HealthExchange.Api.Security", LogLevel.Warning);
        if (logging is not null) builder.Logging.AddProvider(new ForwardingLoggerProvider(logging));

        builder.Services.AddSingleton(services.DataSource);
        builder.Services.AddSingleton(services.Time);
        builder.Services.AddSingleton(new MetricsQuery(services.DataSource, services.Catalogues, services.Metrics));
        builder.Services.AddSingleton<ExpectedVolumeStore>();
        builder.Services.AddSingleton<SummaryQuery>();
        builder.Services.AddSingleton<FeedbackQuery>();
        builder.Services.AddSingleton<InstitutionDirectory>();
        builder.Services.AddSingleton<PublishedReports>();
        builder.Services.AddSingleton<TokenStore>();
        builder.Services.AddSingleton(services.Catalogues);
        builder.Services.AddSingleton<Dashboard.DashboardQuery>();
        builder.Services.AddSingleton<Dashboard.ThresholdStore>();
        builder.Services.AddSingleton(new Dashboard.DeadLetterReplay(services.Replayer));

        builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);
        builder.Services.AddAuthorization(ApiPolicies.Add);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", options => options.AddDocumentTransformer<ApiDocumentTransformer>());

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/reference", options => options.WithTitle("HealthExchange API").WithOpenApiRoutePattern("/openapi/{documentName}.json"))
            .AllowAnonymous();
        app.MapInstitutionsApi();
        app.MapReportsApi();
        app.MapSummariesApi();
        app.MapFeedbackApi();
        app.MapFhirApi();
        app.MapDashboard();
        app.MapOperations(services.Consumer);
        foreach (var group in moreGroups) group(app);
        return app;
    }

    /// <summary>The address Kestrel bound (the real port when the URL asked for port 0).</summary>
    public static Uri BoundAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
