using System.Globalization;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Host.Demo;

internal sealed partial class SyntheticRows
{
    private const int Passes = 5;

    /// <summary>
    /// Puts a synthetic row's moments in the order the table's cross-field checks demand (discharge after admission,
    /// report after specimen). The event time stays where it is — it decides partitions and real-time status — so the
    /// other side of a check moves; a moment moved after the event moves by minutes only, staying before the upload.
    /// </summary>
    private void Order(TableDefinition table, Dictionary<string, string> values)
    {
        for (var pass = 0; pass < Passes; pass++)
        {
            var changed = false;
            foreach (var check in table.Checks)
            {
                if (!TryMoment(values, check.Column, out var column, out var columnIsDate)
                    || !TryMoment(values, check.Reference, out var reference, out var referenceIsDate)) continue;
                var byDay = columnIsDate || referenceIsDate;
                var (a, b) = byDay ? (column.Date, reference.Date) : (column, reference);
                var violated = check.Rule == TableCheckRule.NotBefore ? a < b : a > b;
                if (!violated) continue;
                var later = TimeSpan.FromMinutes(random.Next(0, 6));
                if (check.Column == table.EventTime)
                    Set(table, values, check.Reference, check.Rule == TableCheckRule.NotBefore ? column - later : column + later);
                else
                    Set(table, values, check.Column, check.Rule == TableCheckRule.NotBefore ? reference + later : reference - later);
                changed = true;
            }
            if (!changed) return;
        }
    }

    private static bool TryMoment(Dictionary<string, string> values, string column, out DateTime moment, out bool isDate)
    {
        moment = default;
        isDate = false;
        if (!values.TryGetValue(column, out var text)) return false;
        isDate = text.Length == 10;
        return DateTime.TryParseExact(text, isDate ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out moment);
    }

    private static void Set(TableDefinition table, Dictionary<string, string> values, string column, DateTime moment) =>
        values[column] = Format(table.Column(column), moment);
}
