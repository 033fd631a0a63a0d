namespace HealthExchange.Metrics.Publishing;

/// <summary>One published figure that the data now gives differently (late data, reprocessed rows).</summary>
public sealed record Restatement(string Institution, string Column, string? Published, string? Current);
