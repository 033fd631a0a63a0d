using System.Globalization;
using System.Text;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Host.Demo;

/// <summary>
/// A month of one institution's uploads at 1/scale of its published 2022 volume, with its published habits:
/// outpatient visits and discharges arrive in real time at the institution's published conformance rate, the
/// rest a day or three late; the other real-time forms mostly in evening batches with a midday live batch;
/// districts add health-record registrations and follow-ups; about 1 % of rows carry a mistake; days the
/// institution did not upload (its published upload-day share) are caught up the next day. An institution that
/// uploads CDA documents (<paramref name="cdaDocuments"/>) sends its outpatient visits and discharges as WS/T 500
/// documents on hx.cda, at the same times, and its other tables as table batches; about 1 % of its documents
/// carry a deliberate defect.
/// </summary>
internal sealed class InstitutionFeed(TableCatalogue catalogue, ReferenceInstitution institution, DateOnly month, int scale, int seed, bool cdaDocuments = false)
{
    private const int MaxRowsPerBatch = 400;
    private const double InvalidShare = 0.01;
    private readonly Random _random = new(seed);
    private readonly SyntheticRows _rows = new(new Random(seed + 1));
    private readonly CdaDocumentFactory? _documents = cdaDocuments ? new CdaDocumentFactory(institution.Code, institution.Name, new Random(seed + 2)) : null;
    private readonly List<string> _persons = [];

    private sealed record TablePlan(TableDefinition Table, double PerDay, double RealtimeShare);

    /// <summary>The month's uploads in the order the institution makes them: table batches and, for a CDA sender, documents.</summary>
    public IEnumerable<DemoUpload> Uploads()
    {
        var plans = Plans();
        var uploadShare = Math.Clamp(institution.UploadDays / 365.0, 0.05, 1.0);
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        var backlog = 0;
        for (var day = 0; day < days; day++)
        {
            var date = month.AddDays(day);
            // An institution that does not upload today catches up on its next upload day: those batches are late.
            if (_random.NextDouble() > uploadShare && day < days - 1) { backlog++; continue; }
            for (var behind = backlog; behind >= 0; behind--)
                foreach (var plan in plans)
                    foreach (var upload in DayUploads(plan, date.AddDays(-behind), date))
                        yield return upload;
            backlog = 0;
        }
    }

    private List<TablePlan> Plans()
    {
        double Daily(long yearly) => Math.Max(0.5, yearly / 365.0 / scale);
        var outpatient = Daily(institution.OutpatientVisits);
        var plans = new List<TablePlan>();
        void Add(TableDefinition? table, double perDay, double share)
        {
            if (table is not null && plans.All(plan => plan.Table.Code != table.Code)) plans.Add(new TablePlan(table, perDay, share));
        }
        Add(catalogue.WithRole(TableRole.OutpatientVisits).FirstOrDefault(), outpatient, institution.OutpatientRealtime);
        Add(catalogue.WithRole(TableRole.Discharges).FirstOrDefault(), Daily(institution.Discharges), institution.DischargeRealtime);
        if (catalogue.Kind == InstitutionKind.District)
        {
            Add(catalogue.WithRole(TableRole.HealthRecordBasic).FirstOrDefault(), institution.HealthRecordsBasic / 300.0 / scale, 0.9);
            Add(catalogue.WithRole(TableRole.HealthRecordHypertension).FirstOrDefault(), institution.HealthRecordsHypertension / 100.0 / scale, 0.9);
            Add(catalogue.WithRole(TableRole.HealthRecordDiabetes).FirstOrDefault(), institution.HealthRecordsDiabetes / 100.0 / scale, 0.9);
        }
        foreach (var form in catalogue.Tables.Where(table => table.Realtime is not null).OrderBy(table => table.Realtime!.Form))
            Add(form, Math.Max(1, outpatient / 20), 0.6 + 0.35 * _random.NextDouble());
        return plans;
    }

    private IEnumerable<DemoUpload> DayUploads(TablePlan plan, DateOnly eventDay, DateOnly uploadDay)
    {
        var count = (int)Math.Round(plan.PerDay * (0.8 + 0.4 * _random.NextDouble()));
        if (count == 0) yield break;
        var latency = plan.Table.Realtime?.Latency ?? TimeSpan.FromDays(1);
        var late = uploadDay > eventDay || _random.NextDouble() > plan.RealtimeShare;
        var evening = uploadDay.ToDateTime(new TimeOnly(21, 0)).AddMinutes(_random.Next(0, 120)).AddDays(late && uploadDay == eventDay ? _random.Next(1, 4) : 0);
        var live = 0;
        if (!late && latency < TimeSpan.FromHours(12))
        {
            // A short real-time limit is met only by the records sent soon after they happen: a midday live batch.
            live = Math.Max(1, (int)(count * plan.RealtimeShare * 0.5));
            var noon = eventDay.ToDateTime(new TimeOnly(13, 0));
            foreach (var upload in Uploads(plan.Table, eventDay, "L", live, noon - latency / 2, noon, noon.AddMinutes(_random.Next(0, 10))))
                yield return upload;
        }
        foreach (var upload in Uploads(plan.Table, eventDay, "M", count - live, eventDay.ToDateTime(new TimeOnly(8, 0)), eventDay.ToDateTime(new TimeOnly(20, 0)), evening))
            yield return upload;
    }

    private IEnumerable<DemoUpload> Uploads(TableDefinition table, DateOnly day, string tag, int count, DateTime from, DateTime to, DateTime uploadLocal) =>
        _documents is not null && CdaDocumentFactory.DocumentTypeFor(table) is { } type
            ? Documents(_documents, type, table, day, tag, count, from, to, uploadLocal)
            : Batches(table, day, tag, count, from, to, uploadLocal);

    private IEnumerable<DemoBatch> Batches(TableDefinition table, DateOnly day, string tag, int count, DateTime from, DateTime to, DateTime uploadLocal)
    {
        var uploadedAt = PlatformTime.FromLocal(uploadLocal);
        for (var part = 0; part * MaxRowsPerBatch < count; part++)
        {
            var rows = Math.Min(MaxRowsPerBatch, count - part * MaxRowsPerBatch);
            var csv = new StringBuilder(string.Join(',', table.Columns.Select(column => column.Name))).Append('\n');
            var invalid = 0;
            for (var i = 0; i < rows; i++)
            {
                var at = from.AddSeconds(_random.NextDouble() * (to - from).TotalSeconds);
                var key = string.Create(CultureInfo.InvariantCulture, $"{day:yyMMdd}{tag}{part}{i:D4}");
                var row = _rows.Row(table, key, at);
                AssignPerson(table, row);
                if (_random.NextDouble() < InvalidShare && Corrupt(table, row)) invalid++;
                csv.Append(CsvText.Line(table.Columns.Select(column => row.GetValueOrDefault(column.Name, "")))).Append('\n');
            }
            var batchId = string.Create(CultureInfo.InvariantCulture, $"{institution.Code}-{table.Code}-{day:yyyyMMdd}-{tag}{part}");
            yield return new DemoBatch(institution.Code, table.Code, batchId, uploadedAt, Encoding.UTF8.GetBytes(csv.ToString()), rows, invalid);
        }
    }

    /// <summary>
    /// The same rows as a table batch would carry, one document each, sent one after the other from the batch's upload
    /// time under one upload id (hx-batch). Document ids are unique per institution: institution, type and row key.
    /// </summary>
    private IEnumerable<DemoDocument> Documents(CdaDocumentFactory factory, string type, TableDefinition table, DateOnly day, string tag, int count,
        DateTime from, DateTime to, DateTime uploadLocal)
    {
        var uploadedAt = PlatformTime.FromLocal(uploadLocal);
        var uploadId = string.Create(CultureInfo.InvariantCulture, $"{institution.Code}-{type}-{day:yyyyMMdd}-{tag}");
        for (var part = 0; part * MaxRowsPerBatch < count; part++)
        {
            var rows = Math.Min(MaxRowsPerBatch, count - part * MaxRowsPerBatch);
            for (var i = 0; i < rows; i++)
            {
                var at = from.AddSeconds(_random.NextDouble() * (to - from).TotalSeconds);
                var key = string.Create(CultureInfo.InvariantCulture, $"{day:yyMMdd}{tag}{part}{i:D4}");
                var row = _rows.Row(table, key, at);
                factory.Complete(table, row);
                var defect = _random.NextDouble() < InvalidShare ? factory.AnyDefect() : DocumentDefect.None;
                var documentId = string.Create(CultureInfo.InvariantCulture, $"{institution.Code}-{type}-{key}");
                var sentAt = uploadedAt.AddSeconds(part * MaxRowsPerBatch + i);
                yield return new DemoDocument(institution.Code, type, documentId, uploadId, sentAt, factory.Create(type, table, documentId, row, defect), table.Code, row, defect);
            }
        }
    }

    /// <summary>Health records belong to persons: registrations add persons, follow-ups mostly revisit them.</summary>
    private void AssignPerson(TableDefinition table, Dictionary<string, string> row)
    {
        if (!table.Roles.Any(role => role is TableRole.HealthRecordBasic or TableRole.HealthRecordHypertension or TableRole.HealthRecordDiabetes)) return;
        var column = table.Column(table.PersonKey);
        var person = table.Roles.Contains(TableRole.HealthRecordBasic) || _persons.Count == 0 || _random.NextDouble() < 0.3
            ? string.Create(CultureInfo.InvariantCulture, $"{institution.Code}{_random.NextInt64(0, 99_999_999_999):D11}")
            : _persons[_random.Next(_persons.Count)];
        if (person.Length > column.Type.Length) person = person[^column.Type.Length..];
        if (table.Roles.Contains(TableRole.HealthRecordBasic) && table.BusinessKey.Contains(column.Name)) _persons.Add(person);
        row[column.Name] = person;
    }

    /// <summary>The mistakes hospitals really make: an unknown code, a missing required value.</summary>
    private bool Corrupt(TableDefinition table, Dictionary<string, string> row)
    {
        var coded = table.Columns.Where(c => c.ValueSet is { Codes.Count: > 0 } && !table.BusinessKey.Contains(c.Name)).ToList();
        if (coded.Count > 0 && _random.Next(2) == 0) { row[coded[_random.Next(coded.Count)].Name] = "ZZ"; return true; }
        var required = table.Columns.Where(c => c.Required && !table.BusinessKey.Contains(c.Name) && c.Name != table.EventTime).ToList();
        if (required.Count == 0) return false;
        row.Remove(required[_random.Next(required.Count)].Name);
        return true;
    }
}
