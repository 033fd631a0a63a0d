namespace HealthExchange.Metrics.Computation;

/// <summary>Settings of the published definitions (configuration section "Metrics").</summary>
public sealed class MetricsOptions
{
    /// <summary>A real-time form counts towards x/11 when its conformance rate in the period reaches this share.</summary>
    public decimal RealtimeFormMinimumShare { get; set; } = 0.01m;
}
