using HealthExchange.Metrics.Periods;

namespace HealthExchange.Metrics.Computation;

/// <summary>A period's report: one line per institution, sorted by rows uploaded, and the platform totals.</summary>
public sealed record PlatformReport(
    ReportPeriod Period,
    string? Kind,
    IReadOnlyList<InstitutionMetrics> Institutions,
    long TotalRowsUploaded,
    long TotalRowsLoaded,
    long CumulativeRowsLoaded);
