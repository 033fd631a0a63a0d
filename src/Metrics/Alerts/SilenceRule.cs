namespace HealthExchange.Metrics.Alerts;

/// <summary>
/// An institution that usually uploads daily has gone silent: no upload for <see cref="AlertOptions.SilentDays"/>
/// days up to <c>asOf</c>, after uploading on at least <see cref="AlertOptions.HabitShare"/> of the
/// <see cref="AlertOptions.HabitDays"/> days before its last upload. An institution that never uploaded daily,
/// or never at all, is not "silent" — the monthly upload-day figure already shows it.
/// </summary>
internal static class SilenceRule
{
    public static Alert? Evaluate(string institution, IReadOnlySet<DateOnly> uploadDays, DateOnly asOf, AlertOptions options)
    {
        DateOnly? last = null;
        foreach (var day in uploadDays)
            if (day <= asOf && (last is null || day > last)) last = day;
        if (last is not { } lastUpload) return null;
        var silent = asOf.DayNumber - lastUpload.DayNumber;
        if (silent < options.SilentDays) return null;
        var habitFrom = lastUpload.AddDays(1 - options.HabitDays);
        var uploaded = uploadDays.Count(day => day >= habitFrom && day <= lastUpload);
        var share = (double)uploaded / options.HabitDays;
        return share >= options.HabitShare ? AlertCodes.SilentAlert(institution, asOf, silent, lastUpload, share) : null;
    }
}
