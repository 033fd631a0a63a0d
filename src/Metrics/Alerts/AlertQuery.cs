using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Metrics.Alerts;

/// <summary>
/// Computes every alert of a window [From, To) from the database: silence as of the window's last day, volume
/// outliers on each upload day in it, real-time drops for each complete week ending in it, and table-vs-CDA
/// mismatches on each day of it. The same call serves `hx alerts` and the job that records them.
/// </summary>
public sealed class AlertQuery(NpgsqlDataSource dataSource, CatalogueSet catalogues, AlertOptions? options = null)
{
    private readonly AlertOptions _options = options ?? new AlertOptions();

    public async Task<IReadOnlyList<Alert>> AlertsAsync(ReportPeriod window, CancellationToken cancellationToken)
    {
        var sources = new AlertSources(dataSource);
        var institutions = await new MetricSources(dataSource).InstitutionsAsync(null, cancellationToken);
        var known = institutions.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var alerts = new List<Alert>();
        var asOf = window.To.AddDays(-1);

        foreach (var (institution, days) in await sources.HabitDaysAsync(asOf, _options.HabitDays, cancellationToken))
            if (known.Contains(institution) && SilenceRule.Evaluate(institution, days, asOf, _options) is { } silent) alerts.Add(silent);

        var rows = await sources.DailyRowsAsync(window.From.AddDays(-7 * _options.OutlierWeeks), window.To, cancellationToken);
        foreach (var ((institution, table), series) in rows)
            alerts.AddRange(VolumeOutlierRule.Evaluate(institution, table, series, window.From, window.To, _options));

        var forms = catalogues.DistinctTables.Where(t => t.Realtime is not null).Select(t => t.Code).ToList();
        var records = await sources.DailyRecordsAsync(forms, RealtimeDropRule.Monday(window.From.AddDays(-6)).AddDays(-7), window.To, cancellationToken);
        foreach (var ((institution, table), series) in records)
            alerts.AddRange(RealtimeDropRule.Evaluate(institution, table, series, window.From, window.To, _options));

        foreach (var institution in institutions.Where(i => i.UploadMethod == "CDA文档"))
        {
            var catalogue = catalogues.ById(institution.CatalogueId) ?? (InstitutionKindNames.TryParse(institution.Kind, out var kind) ? catalogues.Find(kind) : null);
            if (catalogue?.WithRole(TableRole.OutpatientVisits).FirstOrDefault() is not { } visits) continue;
            var withoutDocument = await sources.VisitRowsWithoutDocumentAsync(institution.Code, visits, window.From, window.To, cancellationToken);
            var withoutVisit = await sources.DocumentsWithoutVisitRowAsync(institution.Code, visits, window.From, window.To, cancellationToken);
            alerts.AddRange(CdaMismatchRule.Evaluate(institution.Code, visits.Code, withoutDocument, withoutVisit, _options));
        }

        return alerts.OrderBy(a => a.Day).ThenBy(a => a.Code, StringComparer.Ordinal).ThenBy(a => a.Institution, StringComparer.Ordinal)
            .ThenBy(a => a.Table, StringComparer.Ordinal).ToList();
    }
}
