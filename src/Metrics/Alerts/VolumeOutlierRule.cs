namespace HealthExchange.Metrics.Alerts;

/// <summary>
/// Upload volume outliers per institution and table: each upload day of the window is compared with the upload
/// days of the <see cref="AlertOptions.OutlierWeeks"/> weeks before it by the modified z-score (DHIS2's method);
/// beyond <see cref="AlertOptions.OutlierThreshold"/> either way it is an outlier. Days without an upload are the
/// silence rule's business, so they are neither judged nor part of the history.
/// </summary>
internal static class VolumeOutlierRule
{
    public static IEnumerable<Alert> Evaluate(string institution, string table, IReadOnlyDictionary<DateOnly, long> rowsByDay,
        DateOnly from, DateOnly to, AlertOptions options)
    {
        // Upload days in order, with a sliding start, so a year's window stays linear in its days.
        var days = rowsByDay.Where(d => d.Value > 0).OrderBy(d => d.Key).ToArray();
        var start = 0;
        for (var i = 0; i < days.Length; i++)
        {
            var (day, rows) = days[i];
            var historyFrom = day.AddDays(-7 * options.OutlierWeeks);
            while (days[start].Key < historyFrom) start++;
            if (day < from || day >= to) continue;
            var history = days[start..i].Select(d => (double)d.Value).ToArray();
            if (history.Length < options.OutlierMinimumHistory) continue;
            if (RobustStatistics.ModifiedZScore(rows, history) is { } z && Math.Abs(z.Score) > options.OutlierThreshold)
                yield return AlertCodes.VolumeOutlierAlert(institution, table, day, rows, z.Median, z.Score);
        }
    }
}
