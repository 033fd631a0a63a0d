using System.Globalization;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Validation.Checking;

/// <summary>
/// Validates a whole batch as a stream: each row on its own, then the batch-level rule that a business
/// key appears once. The first accepted occurrence of a key wins; later ones are rejected with HX3001.
/// </summary>
public static class BatchValidator
{
    public static IEnumerable<ValidatedRow> Validate(TableDefinition table, TableRowReader reader, ValidationContext context)
    {
        var plan = TableCheckPlan.For(table);
        var keyOrdinals = plan.KeyOrdinals;
        var keys = new BusinessKeySet();
        foreach (var source in reader.ReadRows())
        {
            var row = RowValidator.Validate(table, plan, source, context);
            if (!row.Rejected && !keys.Add(KeyOf(row, keyOrdinals)))
                row.Add(new ValidationIssue(IssueCodes.DuplicateKeyInBatch, row.RowNumber, string.Join('+', table.BusinessKey), null));
            yield return row;
        }
    }

    /// <summary>The key as the database will compare it: from the parsed values, so "01" and "1" of an integer column are one key.</summary>
    private static ReadOnlySpan<char> KeyOf(ValidatedRow row, int[] ordinals) => ordinals.Length == 1
        ? KeyText(row.Values[ordinals[0]])
        : string.Join('\u001F', ordinals.Select(ordinal => KeyText(row.Values[ordinal])));

    private static string KeyText(object? value) => value switch
    {
        string text => text,
        null => "",
        // numeric equality ignores trailing zeros (1.50 = 1.5), so the canonical text drops them.
        decimal number => number.ToString("0.############################", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(formattable is DateTime or DateOnly ? "O" : null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
