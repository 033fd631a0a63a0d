namespace HealthExchange.Metrics.Alerts;

/// <summary>
/// A real-time form whose weekly real-time rate (records that arrived within the form's latency, by event week
/// Monday to Sunday) fell by more than <see cref="AlertOptions.RealtimeDropPoints"/> points from the week before.
/// Only complete weeks that end inside the window are judged, and only when both weeks carry
/// <see cref="AlertOptions.RealtimeMinimumRecords"/> records.
/// </summary>
internal static class RealtimeDropRule
{
    public static IEnumerable<Alert> Evaluate(string institution, string table, IReadOnlyDictionary<DateOnly, (long Records, long Realtime)> byEventDay,
        DateOnly from, DateOnly to, AlertOptions options)
    {
        for (var monday = Monday(from.AddDays(-6)); monday.AddDays(7) <= to; monday = monday.AddDays(7))
        {
            if (monday.AddDays(6) < from) continue;
            var (records, realtime) = Week(byEventDay, monday);
            var (previousRecords, previousRealtime) = Week(byEventDay, monday.AddDays(-7));
            if (records < options.RealtimeMinimumRecords || previousRecords < options.RealtimeMinimumRecords) continue;
            var rate = (double)realtime / records;
            var previous = (double)previousRealtime / previousRecords;
            if ((previous - rate) * 100 > options.RealtimeDropPoints)
                yield return AlertCodes.RealtimeDropAlert(institution, table, monday, rate, previous);
        }
    }

    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static (long Records, long Realtime) Week(IReadOnlyDictionary<DateOnly, (long Records, long Realtime)> byEventDay, DateOnly monday)
    {
        long records = 0, realtime = 0;
        for (var day = monday; day < monday.AddDays(7); day = day.AddDays(1))
            if (byEventDay.TryGetValue(day, out var facts)) { records += facts.Records; realtime += facts.Realtime; }
        return (records, realtime);
    }
}
