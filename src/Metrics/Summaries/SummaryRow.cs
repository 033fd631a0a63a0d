using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Expected;
using HealthExchange.Metrics.Periods;

namespace HealthExchange.Metrics.Summaries;

/// <summary>One institution's published figures for one day or month of a summaries range, with the expected volumes (denominators) when known.</summary>
public sealed record SummaryRow(ReportPeriod Period, InstitutionMetrics Figures, ExpectedVolumes? Expected = null)
{
    /// <summary>上传率: uploaded over expected, null ("/") when the expectation is missing or zero.</summary>
    public static decimal? Rate(long? uploaded, long? expected) =>
        uploaded is { } numerator && expected is > 0 ? Math.Round((decimal)numerator / expected.Value, 4) : null;
}
