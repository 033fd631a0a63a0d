using HealthExchange.Metrics.Periods;
using HealthExchange.Validation.Catalogues;
using Npgsql;

namespace HealthExchange.Metrics.Computation;

/// <summary>
/// Computes the platform's report from PostgreSQL, never from the data rows or the batch log: the upload,
/// record and person aggregates kept in each load's transaction (monthly roll-ups plus daily edges, see
/// <see cref="MetricSources"/>), hx.declarations and hx.cda_documents. The catalogue says which tables play
/// which role and which are the real-time forms. docs/metrics.md defines every figure.
/// </summary>
public sealed partial class MetricsQuery(NpgsqlDataSource dataSource, CatalogueSet catalogues, MetricsOptions? options = null)
{
    private readonly MetricsOptions _options = options ?? new MetricsOptions();

    public async Task<PlatformReport> ReportAsync(ReportPeriod period, string? kind, CancellationToken cancellationToken)
    {
        var sources = new MetricSources(dataSource);
        var institutions = await sources.InstitutionsAsync(kind, cancellationToken);
        var uploads = await sources.UploadsAsync(period, cancellationToken);
        var documentTypes = await sources.CdaDocumentTypesAsync(period, cancellationToken);
        var records = await sources.RecordsAsync(period, cancellationToken);
        var persons = await sources.PersonsAsync(period.To, cancellationToken);
        var declared = await sources.DeclaredTablesAsync(period.To.AddDays(-1), cancellationToken);

        var rows = institutions.Select(institution =>
        {
            var catalogue = catalogues.ById(institution.CatalogueId)
                ?? (InstitutionKindNames.TryParse(institution.Kind, out var parsed) ? catalogues.Find(parsed) : null);
            var upload = uploads.GetValueOrDefault(institution.Code) ?? UploadFacts.None;
            (long Records, long Realtime) Facts(TableDefinition? table) =>
                table is null ? (0, 0) : records.GetValueOrDefault((institution.Code, table.Code));
            var outpatient = Facts(catalogue?.WithRole(TableRole.OutpatientVisits).FirstOrDefault());
            var discharge = Facts(catalogue?.WithRole(TableRole.Discharges).FirstOrDefault());
            var forms = catalogue?.Tables.Where(table => table.Realtime is not null).ToList() ?? [];
            var formsMet = forms.Count(form => Rate(Facts(form)) is { } rate && rate >= _options.RealtimeFormMinimumShare);
            var district = institution.Kind == "district";
            long? Persons(TableRole role) => district ? persons.GetValueOrDefault((institution.Code, role.ToWire())) : null;
            return new InstitutionMetrics(
                institution.Code, institution.Name, institution.Kind, institution.UploadMethod,
                declared.TryGetValue(institution.Code, out var count) ? count : null,
                catalogue?.RequiredTables ?? 0,
                upload.Tables + documentTypes.GetValueOrDefault(institution.Code),
                upload.Received, upload.Inserted, upload.Days,
                formsMet, catalogue?.RealtimeForms ?? 0,
                outpatient.Records, Rate(outpatient), discharge.Records, Rate(discharge),
                Persons(TableRole.HealthRecordBasic), Persons(TableRole.HealthRecordHypertension), Persons(TableRole.HealthRecordDiabetes),
                upload.DeadLetters)
            {
                Affiliation = institution.Affiliation,
                InspectionRowsUploaded = InspectionTables.Of(catalogue).Sum(table => upload.ReceivedByTable.GetValueOrDefault(table.Code)),
            };
        }).OrderByDescending(row => row.RowsUploaded).ThenBy(row => row.Code, StringComparer.Ordinal).ToList();

        var cumulative = await sources.CumulativeRowsLoadedAsync(period.To, cancellationToken);
        return new PlatformReport(period, kind, rows, rows.Sum(row => row.RowsUploaded), rows.Sum(row => row.RowsLoaded), cumulative);
    }

    /// <summary>Share of the period's records that arrived within the latency; null ("/") when none did.</summary>
    internal static decimal? Rate((long Records, long Realtime) facts) =>
        facts.Records > 0 && facts.Realtime > 0 ? Math.Round((decimal)facts.Realtime / facts.Records, 4) : null;
}
