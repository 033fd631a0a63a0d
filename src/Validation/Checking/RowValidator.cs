using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Validation.Checking;

/// <summary>
/// Checks one row against its catalogue table: required values, type and length, value sets, date ranges,
/// GB 11643 national IDs and their birth dates, then the table's cross-field checks (dates in order).
/// Every finding is collected; none stops the others.
/// </summary>
internal sealed class RowValidator
{
    public static ValidatedRow Validate(TableDefinition table, SourceRow source, ValidationContext context) =>
        Validate(table, TableCheckPlan.For(table), source, context);

    internal static ValidatedRow Validate(TableDefinition table, TableCheckPlan plan, SourceRow source, ValidationContext context)
    {
        var row = new ValidatedRow(source, new object?[table.Columns.Count]);
        if (source.ReadError is not null)
        {
            row.Add(source.ReadError);
            return row;
        }
        var latestDateTime = context.UploadedAtLocal + ValidationContext.ClockSkew;
        var latestDate = context.UploadedAtLocal.Date;
        for (var i = 0; i < table.Columns.Count; i++)
            CheckColumn(table.Columns[i], i, row, latestDate, latestDateTime);
        CheckNationalIds(table, plan, row);
        CheckOrder(table, plan, row);
        return row;
    }

    private static void CheckColumn(ColumnDefinition column, int ordinal, ValidatedRow row, DateTime latestDate, DateTime latestDateTime)
    {
        var text = row.Source.Values[ordinal];
        if (text is null)
        {
            if (column.Required) row.Add(new ValidationIssue(IssueCodes.RequiredMissing, row.RowNumber, column.Name, null));
            return;
        }
        if (StorableText.FirstUnstorable(text) is var unstorable and >= 0)
        {
            row.Add(new ValidationIssue(IssueCodes.UnstorableCharacter, row.RowNumber, column.Name, null,
                $"U+{(int)text[unstorable]:X4} at character {unstorable + 1}"));
            return;
        }
        if (!ValueParser.TryParse(column, text, out var value, out var issue))
        {
            row.Add(new ValidationIssue(issue!, row.RowNumber, column.Name, Shorten(PersonalDataMask.Mask(column.Personal, text))));
            return;
        }
        row.Values[ordinal] = value;
        if (!TryMoment(value, out var moment, out var isDate)) return;
        if (moment < ValidationContext.Earliest)
            row.Add(new ValidationIssue(IssueCodes.DateBefore1900, row.RowNumber, column.Name, text));
        else if (isDate ? moment > latestDate : moment > latestDateTime)
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
            if (!NationalId.HasValidShape(id))
                row.Add(new ValidationIssue(IssueCodes.NationalIdFormat, row.RowNumber, column.Name, MaskId(id)));
            else if (!NationalId.HasValidCheckDigit(id))
                row.Add(new ValidationIssue(IssueCodes.NationalIdCheckDigit, row.RowNumber, column.Name, MaskId(id)));
            else if (plan.BirthDateOrdinal >= 0 && row.Values[plan.BirthDateOrdinal] is DateOnly birth && NationalId.BirthDate(id) != birth)
                row.Add(new ValidationIssue(IssueCodes.NationalIdBirthDate, row.RowNumber, column.Name, MaskId(id),
                    $"{table.Columns[plan.BirthDateOrdinal].Name}={birth:yyyy-MM-dd}"));
        }
    }

    /// <summary>
    /// The table's cross-field checks, on values that parsed. A date against a date-time compares calendar
    /// days, so a discharge date on the admission day is in order whatever the admission hour.
    /// </summary>
    private static void CheckOrder(TableDefinition table, TableCheckPlan plan, ValidatedRow row)
    {
        foreach (var check in plan.OrderChecks)
        {
            if (!TryMoment(row.Values[check.ColumnOrdinal], out var moment, out var momentIsDate)
                || !TryMoment(row.Values[check.ReferenceOrdinal], out var reference, out var referenceIsDate)) continue;
            if (momentIsDate || referenceIsDate) (moment, reference) = (moment.Date, reference.Date);
            var inOrder = check.Rule == TableCheckRule.NotBefore ? moment >= reference : moment <= reference;
            if (inOrder) continue;
            var column = table.Columns[check.ColumnOrdinal];
            var other = table.Columns[check.ReferenceOrdinal];
            var text = PersonalDataMask.Mask(column.Personal, row.Source.Values[check.ColumnOrdinal]);
            var otherText = PersonalDataMask.Mask(other.Personal, row.Source.Values[check.ReferenceOrdinal]);
            var relation = check.Rule == TableCheckRule.NotBefore ? "<" : ">";
            row.Add(new ValidationIssue(IssueCodes.DateOrder, row.RowNumber, column.Name, text,
                $"{column.Name} {text} {relation} {other.Name} {otherText}"));
        }
    }

    private static bool TryMoment(object? value, out DateTime moment, out bool isDate)
    {
        switch (value)
        {
            case DateTime dateTime: (moment, isDate) = (dateTime, false); return true;
            case DateOnly date: (moment, isDate) = (date.ToDateTime(TimeOnly.MinValue), true); return true;
            default: (moment, isDate) = (default, false); return false;
        }
    }

    private static string? MaskId(string id) => PersonalDataMask.Mask(PersonalDataClass.NationalId, id);

    private static string Shorten(string? text) => text is { Length: > 80 } ? text[..80] + "…" : text ?? "";
}
