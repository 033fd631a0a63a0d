using System.Globalization;
using System.Net;
using System.Text.Json;
using Xunit;

namespace HealthExchange.Api.Tests;

/// <summary>/metrics parsed as Prometheus text after the known load of <see cref="ApiWorld"/>, and the health probes.</summary>
public sealed class OperationsEndpointTests(ApiWorld world) : IClassFixture<ApiWorld>
{
    [Fact]
    public async Task Metrics_count_the_rows_received_loaded_and_quarantined_of_the_known_load()
    {
        using var response = await world.Client().GetAsync(new Uri("/metrics", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.MediaType, StringComparison.Ordinal);
        var samples = PrometheusText.Parse(await response.Content.ReadAsStringAsync());
        // 6 + 2 rows from H320100001 and 4 from H320100002; one rejected row in each of two batches; 3 batches.
        Assert.Equal(12, PrometheusText.Sum(samples, "hx_rows_received_total", "kind", "hospital"));
        Assert.Equal(10, PrometheusText.Sum(samples, "hx_rows_loaded_total", "kind", "hospital"));
        Assert.Equal(2, PrometheusText.Sum(samples, "hx_rows_quarantined_total", "kind", "hospital"));
        Assert.Equal(3, PrometheusText.Sum(samples, "hx_records_received_total", "kind", "hospital"));
        Assert.Equal(0, PrometheusText.Sum(samples, "hx_records_dead_lettered_total", "kind", "hospital"));
    }

    [Fact]
    public async Task The_batch_latency_histogram_counts_each_batch_once_in_cumulative_buckets()
    {
        // The known batches were uploaded on 2022-04-10..12 and loaded when the fixture ran: each is years old.
        using var response = await world.Client().GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE hx_batch_latency_seconds histogram", text, StringComparison.Ordinal);
        var samples = PrometheusText.Parse(text).Where(s => s.Labels.TryGetValue("kind", out var kind) && kind == "hospital").ToList();
        Assert.Equal(3, PrometheusText.Sum(samples, "hx_batch_latency_seconds_count", "kind", "hospital"));
        var buckets = samples.Where(s => s.Name == "hx_batch_latency_seconds_bucket").ToList();
        Assert.Equal(3, buckets.Single(s => s.Labels["le"] == "+Inf").Value);
        Assert.Equal(0, buckets.Single(s => s.Labels["le"] == "86400").Value);
        var expected = await world.Database.ScalarAsync("SELECT floor(sum(extract(epoch FROM processed_at - uploaded_at)))::bigint FROM hx.batches");
        Assert.Equal(expected, Math.Floor(PrometheusText.Sum(samples, "hx_batch_latency_seconds_sum", "kind", "hospital")), 0);
    }

    [Fact]
    public async Task Every_metric_the_sample_Grafana_dashboard_queries_is_exposed()
    {
        var queried = await GrafanaQueriesAsync();
        using var response = await world.Client().GetAsync(new Uri("/metrics", UriKind.Relative));
        var exposed = Families(await response.Content.ReadAsStringAsync());
        // The hx_consumer_* series come only with a consumer in the process: ConsumerOperationsTests checks those.
        Assert.All(queried.Where(name => !name.StartsWith("hx_consumer_", StringComparison.Ordinal)), name => Assert.Contains(name, exposed));
    }

    /// <summary>Every hx_* metric name the panels of docs/grafana-dashboard.json query.</summary>
    public static async Task<HashSet<string>> GrafanaQueriesAsync()
    {
        var file = new DirectoryInfo(AppContext.BaseDirectory);
        while (file is not null && !File.Exists(Path.Combine(file.FullName, "docs", "grafana-dashboard.json"))) file = file.Parent;
        Assert.NotNull(file);
        using var dashboard = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(file.FullName, "docs", "grafana-dashboard.json")));
        var queried = dashboard.RootElement.GetProperty("panels").EnumerateArray()
            .SelectMany(panel => panel.GetProperty("targets").EnumerateArray())
            .SelectMany(target => System.Text.RegularExpressions.Regex.Matches(target.GetProperty("expr").GetString()!, "hx_[a-z_]+").Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(queried);
        return queried;
    }

    /// <summary>The metric names of an exposition: every sample's, and every declared family's (# TYPE), even one with no series yet.</summary>
    public static HashSet<string> Families(string text) =>
        PrometheusText.Parse(text).Select(sample => sample.Name)
            .Concat(text.Split('\n').Where(line => line.StartsWith("# TYPE ", StringComparison.Ordinal)).Select(line => line.Split(' ')[2]))
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public async Task Ready_names_kafka_while_a_consumer_in_the_process_holds_no_assignment()
    {
        var check = new HealthExchange.Api.Operations.ReadinessCheck(world.Database.DataSource, new HealthExchange.Ingest.Kafka.ConsumerObservations());
        Assert.Contains(await check.ProblemsAsync(CancellationToken.None), problem => problem.StartsWith("kafka:", StringComparison.Ordinal));
        Assert.Empty(await new HealthExchange.Api.Operations.ReadinessCheck(world.Database.DataSource).ProblemsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Live_and_ready_answer_200_on_a_migrated_database()
    {
        using var client = world.Client();
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var body = await ready.Content.ReadAsStringAsync();
        Assert.True(ready.StatusCode == HttpStatusCode.OK, body);
        using var document = JsonDocument.Parse(body);
        Assert.Equal("ready", document.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_is_503_when_a_migration_is_missing()
    {
        await using (var command = world.Database.DataSource.CreateCommand(
            "UPDATE hx.schema_migrations SET checksum = 'stale' WHERE id = 'sql/001_platform.sql'"))
            await command.ExecuteNonQueryAsync();
        try
        {
            using var ready = await world.Client().GetAsync(new Uri("/health/ready", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Contains("001_platform.sql", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await new HealthExchange.Ingest.Schema.SchemaMigrator(world.Database.DataSource).MigrateAsync(Some.Catalogues);
        }
    }
}

/// <summary>A reader of the Prometheus text exposition format (0.0.4): `name{label="value",…} number` per sample line.</summary>
public static class PrometheusText
{
    public sealed record Sample(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public static List<Sample> Parse(string text)
    {
        var samples = new List<Sample>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var brace = line.IndexOf('{', StringComparison.Ordinal);
            var space = line.LastIndexOf(' ');
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            string name;
            if (brace >= 0)
            {
                name = line[..brace];
                var close = line.LastIndexOf('}');
                foreach (var pair in line[(brace + 1)..close].Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    var equals = pair.IndexOf('=', StringComparison.Ordinal);
                    labels[pair[..equals]] = pair[(equals + 1)..].Trim('"');
                }
            }
            else name = line[..space];
            samples.Add(new Sample(name, labels, double.Parse(line[(space + 1)..], CultureInfo.InvariantCulture)));
        }
        return samples;
    }

    public static double Sum(IEnumerable<Sample> samples, string name, string label, string value) =>
        samples.Where(sample => sample.Name == name && sample.Labels.TryGetValue(label, out var v) && v == value).Sum(sample => sample.Value);
}
