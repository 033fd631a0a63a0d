using System.Net;
using System.Text.Json;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>
/// /metrics and /health/ready of a host with the consumer in its process (<see cref="DrillWorld"/>'s pipeline settled 5
/// records from an in-process broker) and of one without (as `hx serve`).
/// </summary>
public sealed class ConsumerOperationsTests(DrillWorld world) : IClassFixture<DrillWorld>
{
    [Fact]
    public async Task With_a_consumer_metrics_show_lag_per_partition_and_retries_and_ready_requires_its_assignment()
    {
        using var client = new HttpClient { BaseAddress = world.Address };
        var samples = PrometheusText.Parse(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)));
        var lag = samples.Where(sample => sample.Name == "hx_consumer_lag").ToList();
        // Every record was settled: each partition that carried one is shown, none with records left.
        Assert.NotEmpty(lag);
        Assert.All(lag, sample => Assert.Equal(0, sample.Value));
        Assert.All(lag, sample => Assert.True(int.TryParse(sample.Labels["partition"], out _)));
        Assert.Contains(lag, sample => sample.Labels["topic"] == world.Broker.Options.TablesTopic);
        Assert.Contains(lag, sample => sample.Labels["topic"] == world.Broker.Options.CdaTopic);
        Assert.Equal(0, Assert.Single(samples, sample => sample.Name == "hx_consumer_retries_total").Value);
        Assert.True(world.Pipeline.Services.Consumer.Observations.AssignmentHeld);
        var exposed = OperationsEndpointTests.Families(await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)));
        Assert.All(await OperationsEndpointTests.GrafanaQueriesAsync(), name => Assert.Contains(name, exposed));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task Without_a_consumer_the_consumer_series_are_omitted()
    {
        using var client = new HttpClient { BaseAddress = world.ServeOnlyAddress };
        var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));
        Assert.DoesNotContain("hx_consumer_lag", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hx_consumer_retries_total", text, StringComparison.Ordinal);
        Assert.Contains("hx_rows_received_total", text, StringComparison.Ordinal);
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
    }
}
