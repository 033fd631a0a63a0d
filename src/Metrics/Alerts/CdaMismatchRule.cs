namespace HealthExchange.Metrics.Alerts;

/// <summary>
/// For a hospital that uploads CDA documents, every outpatient visit should arrive as a C0002 document: a visit
/// row no document filled (it came only in a table batch) and a loaded C0002 document that left no visit row
/// are each reported per day once there are <see cref="AlertOptions.CdaMismatchMinimum"/> of them.
/// </summary>
internal static class CdaMismatchRule
{
    public static IEnumerable<Alert> Evaluate(string institution, string visitTable,
        IReadOnlyDictionary<DateOnly, long> visitRowsWithoutDocument, IReadOnlyDictionary<DateOnly, long> documentsWithoutVisitRow, AlertOptions options)
    {
        foreach (var (day, rows) in visitRowsWithoutDocument.Where(d => d.Value >= options.CdaMismatchMinimum).OrderBy(d => d.Key))
            yield return AlertCodes.VisitsWithoutDocumentAlert(institution, visitTable, day, rows);
        foreach (var (day, documents) in documentsWithoutVisitRow.Where(d => d.Value >= options.CdaMismatchMinimum).OrderBy(d => d.Key))
            yield return AlertCodes.DocumentsWithoutVisitAlert(institution, visitTable, day, documents);
    }
}
