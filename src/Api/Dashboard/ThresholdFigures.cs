using HealthExchange.Metrics.Computation;

namespace HealthExchange.Api.Dashboard;

/// <summary>
/// The conformance figures the home page colours, each as a ratio judged against a threshold in percent: green at or
/// above it, red below, uncoloured when there is nothing to judge. The keys are the report's column keys and the
/// values hx.dashboard_thresholds accepts (schemas/sql/024_dashboard_thresholds.sql); the defaults hold until an
/// operator sets another.
/// </summary>
internal static class ThresholdFigures
{
    /// <param name="Ratio">The figure's ratio for one institution, given the days of the period judged so far; null = nothing to judge.</param>
    public sealed record Figure(string Key, string LabelZh, string LabelEn, decimal DefaultPercent, Func<InstitutionMetrics, int, decimal?> Ratio);

    public static IReadOnlyList<Figure> All { get; } =
    [
        // 90 %: the real-time rate the province's monthly review expects.
        new("outpatientRealtimeRate", "门急诊实时数据符合率", "Outpatient real-time rate", 90m, (row, _) => row.OutpatientRealtimeRate),
        new("dischargeRealtimeRate", "出院实时数据符合率", "Discharge real-time rate", 90m, (row, _) => row.DischargeRealtimeRate),
        // Every real-time form of the catalogue reaching its minimum share.
        new("realtimeForms", "实时数据表单上传情况", "Real-time forms", 100m,
            (row, _) => row.RealtimeForms == 0 ? null : (decimal)row.RealtimeFormsMet / row.RealtimeForms),
        // A daily uploader misses at most one day in ten of the days gone by.
        new("uploadDays", "数据上传天数", "Upload days", 90m, (row, days) => days <= 0 ? null : (decimal)row.UploadDays / days),
        // Every required table (or CDA document type) arrived.
        new("uploadedTables", "已上传表/规定上传表", "Uploaded / required tables", 100m,
            (row, _) => row.RequiredTables == 0 ? null : (decimal)row.UploadedTables / row.RequiredTables),
    ];

    public static IReadOnlyDictionary<string, Figure> ByKey { get; } = All.ToDictionary(figure => figure.Key, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, decimal> Defaults { get; } = All.ToDictionary(figure => figure.Key, figure => figure.DefaultPercent, StringComparer.Ordinal);
}
