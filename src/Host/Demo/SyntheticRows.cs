using System.Globalization;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Host.Demo;

/// <summary>
/// Valid rows for any catalogue table, made from the catalogue alone (types, lengths, value sets, personal-data
/// classes), so the demo and the tests can feed every table — and a table the synthesiser cannot fill validly
/// points at a catalogue defect. Names and ID numbers are synthetic: no real person.
/// </summary>
internal sealed partial class SyntheticRows(Random random)
{
    /// <summary>Samples for value sets defined by a structural rule rather than a code list.</summary>
    private static readonly Dictionary<string, string[]> PatternSamples = new(StringComparer.Ordinal)
    {
        ["icd10"] = ["J06.9", "I10", "E11.9", "K29.7", "M54.5", "J20.9", "R51", "N39.0", "H10.9", "L30.9"],
        ["icd9cm3"] = ["36.06", "47.01", "81.54", "74.1", "68.49"],
        ["gb_t_2260_division"] = ["320102", "320104", "320115", "320117"],
        ["icd_o_3_morphology"] = ["8140/3", "8070/3", "8500/3"],
    };

    private static readonly string[] BirthNames = ["birth_date", "date_of_birth"];

    public Dictionary<string, string> Row(TableDefinition table, string key, DateTime eventTime)
    {
        var birth = new DateOnly(1940, 1, 1).AddDays(random.Next(0, 365 * 70));
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var column in table.Columns)
        {
            var value = column.Name == table.EventTime ? Format(column, eventTime)
                : table.BusinessKey.Contains(column.Name) && column.ValueSet is null ? Key(column, key)
                : Value(column, eventTime, birth);
            if (value is not null) values[column.Name] = value;
        }
        Order(table, values);
        return values;
    }

    private static string Key(ColumnDefinition column, string key) => column.Type.Kind switch
    {
        ColumnKind.Integer => Math.Abs(key.GetHashCode(StringComparison.Ordinal) % 1_000_000_000).ToString(CultureInfo.InvariantCulture),
        _ when key.Length > column.Type.Length && column.Type.Length > 0 => key[^column.Type.Length..],
        _ => key,
    };

    private static string Format(ColumnDefinition column, DateTime moment) => column.Type.Kind == ColumnKind.Date
        ? moment.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : moment.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    private string? Value(ColumnDefinition column, DateTime eventTime, DateOnly birth)
    {
        if (!column.Required && random.NextDouble() < 0.2) return null;
        if (column.ValueSet is { } set)
        {
            var codes = set.Codes.Count > 0 ? set.Codes.Keys.Order(StringComparer.Ordinal).ToArray()
                : PatternSamples.GetValueOrDefault(set.Id) ?? throw new InvalidOperationException($"no sample for value set '{set.Id}'");
            var fitting = codes.Where(code => code.Length <= column.Type.Length).ToArray();
            return fitting[random.Next(fitting.Length)];
        }
        switch (column.Personal)
        {
            case PersonalDataClass.NationalId: return column.Type.Length >= 18 ? SyntheticPerson.NationalId(random, birth) : null;
            case PersonalDataClass.Name: return Fit(SyntheticPerson.Name(random), column);
            case PersonalDataClass.Phone: return Fit(string.Create(CultureInfo.InvariantCulture, $"1{random.Next(30, 99)}{random.Next(0, 100_000_000):D8}"), column);
            case PersonalDataClass.Address: return Fit("江苏省南京市玄武区中山路" + random.Next(1, 300).ToString(CultureInfo.InvariantCulture) + "号", column);
        }
        return column.Type.Kind switch
        {
            ColumnKind.Date when BirthNames.Contains(column.Name) || column.Element == "DE02.01.005.01" => birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            // Other moments precede the event (admission before discharge, sampling before the report).
            ColumnKind.Date => DateOnly.FromDateTime(eventTime).AddDays(-random.Next(0, 3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ColumnKind.DateTime => eventTime.AddMinutes(-random.Next(1, 72 * 60)).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
            ColumnKind.Integer => random.Next(0, 100).ToString(CultureInfo.InvariantCulture),
            ColumnKind.Decimal => Math.Round((decimal)random.NextDouble() * Math.Min(9_999m, (decimal)Math.Pow(10, column.Type.Precision - column.Type.Scale) - 1), column.Type.Scale)
                .ToString(CultureInfo.InvariantCulture),
            ColumnKind.Boolean => random.Next(2) == 0 ? "true" : "false",
            _ => Fit(column.NameZh.Length > 0 ? column.NameZh + random.Next(1, 99).ToString(CultureInfo.InvariantCulture) : "x", column),
        };
    }

    private static string Fit(string text, ColumnDefinition column) =>
        column.Type.Length > 0 && text.Length > column.Type.Length ? text[..column.Type.Length] : text;
}
