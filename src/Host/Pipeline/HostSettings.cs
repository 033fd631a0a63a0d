using HealthExchange.Cda;
using HealthExchange.Host.Cli;
using HealthExchange.Ingest.Kafka;
using HealthExchange.Metrics.Alerts;
using HealthExchange.Metrics.Computation;
using HealthExchange.Validation.Catalogues;
using Microsoft.Extensions.Configuration;

namespace HealthExchange.Host.Pipeline;

/// <summary>
/// Configuration in the usual .NET order of precedence: appsettings.json, then HX_-prefixed environment
/// variables (HX_Kafka__BootstrapServers), then the command line's --kafka, --db and --log-format.
/// </summary>
public sealed class HostSettings
{
    public KafkaOptions Kafka { get; init; } = new();
    public MetricsOptions Metrics { get; init; } = new();
    public AlertOptions Alerts { get; init; } = new();
    public CdaOptions Cda { get; init; } = new();
    public string ConnectionString { get; set; } = "";

    /// <summary>
    /// Catalogues:Files and Catalogues:ValueSets — an operator's own catalogue files (say a 91-table one) and
    /// value-set folder; empty means the shipped hospital and district catalogues. `--catalogue FILE` (repeatable) wins.
    /// </summary>
    public List<string> CatalogueFiles { get; } = [];
    public string? ValueSetDirectory { get; set; }

    public CatalogueSet LoadCatalogues() => CatalogueSet.Load(CatalogueFiles.Count > 0 ? CatalogueFiles : null, ValueSetDirectory);
    public string LogFormat { get; set; } = "text";

    /// <summary>Scheduler:Enabled — whether `hx run` also runs the scheduled jobs (close day, publish month, partitions).</summary>
    public bool SchedulerEnabled { get; set; } = true;
    public string MinimumLevel { get; set; } = "Information";

    public static HostSettings Load(CommandLine line)
    {
        var overrides = new Dictionary<string, string?>();
        if (line.Option("kafka") is { } kafka) overrides["Kafka:BootstrapServers"] = kafka;
        if (line.Option("db") is { } db) overrides["Database:ConnectionString"] = db;
        if (line.Option("log-format") is { } format) overrides["Logging:Format"] = format;
        if (line.Option("log-level") is { } level) overrides["Logging:MinimumLevel"] = level;
        if (line.Option("group") is { } group) overrides["Kafka:GroupId"] = group;

        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables("HX_")
            .AddInMemoryCollection(overrides)
            .Build();

        var settings = new HostSettings();
        configuration.GetSection("Kafka").Bind(settings.Kafka);
        configuration.GetSection("Metrics").Bind(settings.Metrics);
        configuration.GetSection("Alerts").Bind(settings.Alerts);
        configuration.GetSection("Cda").Bind(settings.Cda);
        settings.ConnectionString = configuration["Database:ConnectionString"] ?? "";
        settings.CatalogueFiles.AddRange(line.Options.TryGetValue("catalogue", out var files)
            ? files
            : configuration.GetSection("Catalogues:Files").GetChildren().Select(child => child.Value!).Where(value => !string.IsNullOrWhiteSpace(value)));
        settings.ValueSetDirectory = line.Option("value-sets") ?? configuration["Catalogues:ValueSets"];
        settings.LogFormat = configuration["Logging:Format"] ?? "text";
        settings.SchedulerEnabled = !string.Equals(configuration["Scheduler:Enabled"], "false", StringComparison.OrdinalIgnoreCase);
        settings.MinimumLevel = configuration["Logging:MinimumLevel"] ?? "Information";
        return settings;
    }
}
