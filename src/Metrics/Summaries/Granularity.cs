namespace HealthExchange.Metrics.Summaries;

/// <summary>How a summaries range is cut: one row per institution and day, or per calendar month.</summary>
public enum Granularity
{
    Day,
    Month,
}
