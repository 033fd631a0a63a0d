using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Expected;
using HealthExchange.Metrics.Periods;

namespace HealthExchange.Metrics.Summaries;

/// <summary>
/// The summaries a province job pulls: the very figures of the monthly report (<see cref="MetricsQuery"/>), computed
/// for each day or month of a range, so a summary and `hx report` for the same period can never disagree.
/// </summary>
public sealed class SummaryQuery(MetricsQuery metrics, ExpectedVolumeStore expected)
{
    /// <summary>Days in one request at most (a year); months at most ten years: beyond that a client pages by range.</summary>
    public const int MaxDays = 366;
    public const int MaxMonths = 120;

    public static IReadOnlyList<ReportPeriod> Slices(DateOnly from, DateOnly toInclusive, Granularity granularity)
    {
        var slices = new List<ReportPeriod>();
        if (granularity == Granularity.Day)
        {
            for (var day = from; day <= toInclusive; day = day.AddDays(1))
                slices.Add(new ReportPeriod(day, day.AddDays(1), day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
            return slices;
        }
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= toInclusive; month = month.AddMonths(1))
        {
            var start = month < from ? from : month;
            var end = month.AddMonths(1) > toInclusive.AddDays(1) ? toInclusive.AddDays(1) : month.AddMonths(1);
            var whole = start == month && end == month.AddMonths(1);
            var label = whole ? month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture)
                : $"{start:yyyy-MM-dd}..{end.AddDays(-1):yyyy-MM-dd}";
            slices.Add(new ReportPeriod(start, end, label));
        }
        return slices;
    }

    public async Task<IReadOnlyList<SummaryRow>> RowsAsync(DateOnly from, DateOnly toInclusive, Granularity granularity, string? kind,
        string? institution, CancellationToken cancellationToken)
    {
        var rows = new List<SummaryRow>();
        foreach (var slice in Slices(from, toInclusive, granularity))
        {
            var report = await metrics.ReportAsync(slice, kind, cancellationToken);
            var expectations = await expected.ForAsync(slice, cancellationToken);
            rows.AddRange(report.Institutions
                .Where(row => institution is null || row.Code == institution)
                .OrderBy(row => row.Code, StringComparer.Ordinal)
                .Select(row => new SummaryRow(slice, row, expectations.GetValueOrDefault(row.Code))));
        }
        return rows;
    }

    /// <summary>One row per institution for the whole of <paramref name="period"/>.</summary>
    public async Task<IReadOnlyList<SummaryRow>> PeriodRowsAsync(ReportPeriod period, string? institution, CancellationToken cancellationToken)
    {
        var report = await metrics.ReportAsync(period, null, cancellationToken);
        var expectations = await expected.ForAsync(period, cancellationToken);
        return report.Institutions.Where(row => institution is null || row.Code == institution)
            .OrderBy(row => row.Code, StringComparer.Ordinal).Select(row => new SummaryRow(period, row, expectations.GetValueOrDefault(row.Code))).ToList();
    }
}
