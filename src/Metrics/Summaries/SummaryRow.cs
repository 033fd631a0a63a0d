using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;

namespace HealthExchange.Metrics.Summaries;

/// <summary>One institution's published figures for one day or month of a summaries range.</summary>
public sealed record SummaryRow(ReportPeriod Period, InstitutionMetrics Figures);
