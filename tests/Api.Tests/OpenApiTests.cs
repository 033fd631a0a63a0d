using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>The OpenAPI document is served without a token and names every route the host maps, with a bearer scheme.</summary>
public sealed class OpenApiTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task Every_mapped_route_is_in_the_document_with_a_summary_and_its_error_responses()
    {
        using var document = JsonDocument.Parse(await world.Client().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var root = document.RootElement;
        Assert.StartsWith("3.", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("http", root.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("type").GetString());
        var paths = root.GetProperty("paths");

        var routes = world.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.Trim('/'))
            .Where(route => route.StartsWith("/api/", StringComparison.Ordinal) || route.StartsWith("/fhir/", StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.True(routes.Count >= 5);
        foreach (var route in routes)
        {
            Assert.True(paths.TryGetProperty(route, out var path), $"{route} is not in the OpenAPI document");
            var get = path.GetProperty("get");
            Assert.False(string.IsNullOrWhiteSpace(get.GetProperty("summary").GetString()));
            Assert.True(get.GetProperty("responses").TryGetProperty("200", out _), route);
        }
        Assert.Contains("数据上传量", paths.GetProperty("/api/v1/summaries").GetProperty("get").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reference_page_is_served()
    {
        using var response = await world.Client().GetAsync(new Uri("/reference", UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
