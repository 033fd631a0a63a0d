using HealthExchange.Metrics.Alerts;
using HealthExchange.Metrics.Periods;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Metrics.Computation;

/// <summary>
/// One institution's figures day by day, for the dashboard's lines and calendar: the same sources and the same rate
/// rule as the period's report, cut at each day instead of summed over the period.
/// </summary>
public sealed partial class MetricsQuery
{
    /// <summary>One real-time form's rate on each day of the period (by event day, as the report counts); null where "/".</summary>
    public sealed record FormRates(string Table, string NameZh, string NameEn, IReadOnlyList<(DateOnly Day, decimal? Rate)> Days);

    public async Task<IReadOnlyList<FormRates>> DailyRealtimeRatesAsync(string institution, TableCatalogue? catalogue, ReportPeriod period,
        CancellationToken cancellationToken)
    {
        var forms = catalogue?.Tables.Where(table => table.Realtime is not null).ToList() ?? [];
        if (forms.Count == 0) return [];
        var records = await new AlertSources(dataSource).DailyRecordsAsync(
            forms.Select(form => form.Code).ToList(), period.From, period.To, cancellationToken, institution);
        return forms.Select(form =>
        {
            var series = records.GetValueOrDefault((institution, form.Code));
            var days = new List<(DateOnly, decimal?)>();
            for (var day = period.From; day < period.To; day = day.AddDays(1))
                days.Add((day, series is not null && series.TryGetValue(day, out var facts) ? Rate(facts) : null));
            return new FormRates(form.Code, form.NameZh, form.NameEn, days);
        }).ToList();
    }

    /// <summary>The days of the period on which the institution uploaded rows (数据上传天数 counts these).</summary>
    public async Task<IReadOnlySet<DateOnly>> UploadDaysAsync(string institution, ReportPeriod period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT upload_day FROM hx.upload_days WHERE institution_code = $1 AND upload_day >= $2 AND upload_day < $3");
        command.Parameters.Add(new() { Value = institution });
        command.Parameters.Add(new() { Value = period.From });
        command.Parameters.Add(new() { Value = period.To });
        var days = new HashSet<DateOnly>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken)) days.Add(reader.GetFieldValue<DateOnly>(0));
        return days;
    }
}
