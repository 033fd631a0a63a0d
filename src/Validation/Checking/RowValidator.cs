using System.Collections.Concurrent;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Validation.Checking;

/// <summary>
/// Checks one row against its catalogue table: required values, type and length, value sets, date ranges,
/// GB 11643 national IDs and their birth dates. Every finding is collected; none stops the others.
/// </summary>
public sealed class RowValidator
{
    private static readonly ConcurrentDictionary<TableDefinition, TableCheckPlan> Plans = new(ReferenceEqualityComparer.Instance);

    public static ValidatedRow Validate(TableDefinition table, SourceRow source, ValidationContext context)
    {
        var row = new ValidatedRow(source, new object?[table.Columns.Count]);
        if (source.ReadError is not null)
        {
            row.Add(source.ReadError);
            return row;
        }
        for (var i = 0; i < table.Columns.Count; i++)
            CheckColumn(table.Columns[i], i, row, context);
        CheckNationalIds(table, Plans.GetOrAdd(table, static t => new TableCheckPlan(t)), row);
        return row;
    }

    private static void CheckColumn(ColumnDefinition column, int ordinal, ValidatedRow row, ValidationContext context)
    {
        var text = row.Source.Values[ordinal];
        if (text is null)
        {
            if (column.Required) row.Add(new ValidationIssue(IssueCodes.RequiredMissing, row.RowNumber, column.Name, null));
            return;
        }
        if (!ValueParser.TryParse(column, text, out var value, out var issue))
        {
            row.Add(new ValidationIssue(issue!, row.RowNumber, column.Name, Shorten(PersonalDataMask.Mask(column.Personal, text))));
            return;
        }
        row.Values[ordinal] = value;
        var moment = value switch
        {
            DateTime dateTime => dateTime,
            DateOnly date => date.ToDateTime(TimeOnly.MinValue),
            _ => (DateTime?)null,
        };
        if (moment is null) return;
        if (moment < ValidationContext.Earliest)
            row.Add(new ValidationIssue(IssueCodes.DateBefore1900, row.RowNumber, column.Name, text));
        else if (value is DateTime ? moment > context.UploadedAtLocal + ValidationContext.ClockSkew : moment > context.UploadedAtLocal.Date)
            row.Add(new ValidationIssue(IssueCodes.DateInFuture, row.RowNumber, column.Name, text));
    }

    private static void CheckNationalIds(TableDefinition table, TableCheckPlan plan, ValidatedRow row)
    {
        if (plan.NationalIdOrdinals.Length == 0) return;
        if (plan.IdTypeOrdinal >= 0 && row.Values[plan.IdTypeOrdinal] is string idType && idType != TableCheckPlan.ResidentIdCardCode)
            return; // a passport or officer's card number follows no GB 11643 rule
        foreach (var ordinal in plan.NationalIdOrdinals)
        {
            if (row.Values[ordinal] is not string id) continue;
            var column = table.Columns[ordinal];
            var masked = PersonalDataMask.Mask(PersonalDataClass.NationalId, id);
            if (!NationalId.HasValidShape(id))
                row.Add(new ValidationIssue(IssueCodes.NationalIdFormat, row.RowNumber, column.Name, masked));
            else if (!NationalId.HasValidCheckDigit(id))
                row.Add(new ValidationIssue(IssueCodes.NationalIdCheckDigit, row.RowNumber, column.Name, masked));
            else if (plan.BirthDateOrdinal >= 0 && row.Values[plan.BirthDateOrdinal] is DateOnly birth && NationalId.BirthDate(id) != birth)
                row.Add(new ValidationIssue(IssueCodes.NationalIdBirthDate, row.RowNumber, column.Name, masked,
                    $"{table.Columns[plan.BirthDateOrdinal].Name}={birth:yyyy-MM-dd}"));
        }
    }

    private static string Shorten(string? text) => text is { Length: > 80 } ? text[..80] + "…" : text ?? "";
}
