using System.Globalization;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Metrics.Expected;

/// <summary>
/// The import file, CSV like the declarations: institution_code,month,outpatient_visits,discharges,residents,
/// hypertension_patients,diabetes_patients — month as yyyy-MM, an empty cell for a figure not reported.
/// </summary>
public static class ExpectedVolumeCsv
{
    public static readonly string[] Header = ["institution_code", "month", "outpatient_visits", "discharges", "residents", "hypertension_patients", "diabetes_patients"];

    public static IReadOnlyList<ExpectedVolumes> Read(string path)
    {
        var lines = CsvText.ReadFile(path);
        if (lines.Count == 0 || !lines[0].SequenceEqual(Header))
            throw new InvalidDataException($"{path}:1: expected the header {string.Join(',', Header)}");
        var result = new List<ExpectedVolumes>();
        for (var i = 1; i < lines.Count; i++)
        {
            var fields = lines[i];
            if (fields.Length != Header.Length) throw new InvalidDataException($"{path}:{i + 1}: expected {Header.Length} fields");
            if (!DateOnly.TryParseExact(fields[1] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
                throw new InvalidDataException($"{path}:{i + 1}: month '{fields[1]}' is not yyyy-MM");
            long? Count(int index)
            {
                if (fields[index].Length == 0) return null;
                if (long.TryParse(fields[index], NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
                throw new InvalidDataException($"{path}:{i + 1}: {Header[index]} '{fields[index]}' is not a whole number ≥ 0");
            }
            result.Add(new ExpectedVolumes(fields[0], month, Count(2), Count(3), Count(4), Count(5), Count(6)));
        }
        return result;
    }
}
