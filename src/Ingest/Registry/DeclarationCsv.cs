using System.Globalization;
using System.Text;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Ingest.Registry;

/// <summary>
/// Declarations as CSV: institution_code,valid_from,tables — tables separated by ';', or 未反馈 for no answer.
/// Every table code must exist in the institution's catalogue; an unknown one is an error with its line.
/// </summary>
public static class DeclarationCsv
{
    public const string NoAnswer = "未反馈";

    public static string DefaultSeed => Path.Combine(SchemaPaths.Root, "institutions", "declarations.csv");

    public static IReadOnlyList<Declaration> Read(string path, Func<string, TableCatalogue?> catalogueOf)
    {
        var result = new List<Declaration>();
        var lines = CsvText.ReadFile(path);
        for (var i = 1; i < lines.Count; i++)
        {
            var fields = lines[i];
            if (fields.Length != 3) throw new InvalidDataException($"{path}:{i + 1}: expected institution_code,valid_from,tables");
            if (!DateOnly.TryParseExact(fields[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
                throw new InvalidDataException($"{path}:{i + 1}: valid_from '{fields[1]}' is not yyyy-MM-dd");
            var catalogue = catalogueOf(fields[0]) ?? throw new InvalidDataException($"{path}:{i + 1}: institution '{fields[0]}' is not registered");
            IReadOnlyList<string>? tables = null;
            if (fields[2] != NoAnswer)
            {
                tables = fields[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var unknown = tables.Where(code => !catalogue.TryGetTable(code, out _)).ToList();
                if (unknown.Count > 0) throw new InvalidDataException($"{path}:{i + 1}: not in catalogue {catalogue.Id}: {string.Join(", ", unknown)}");
            }
            result.Add(new Declaration(fields[0], from, tables));
        }
        return result;
    }

    public static string Write(IEnumerable<Declaration> declarations)
    {
        var csv = new StringBuilder(CsvText.Line(["institution_code", "valid_from", "tables"])).Append('\n');
        foreach (var declaration in declarations)
            csv.Append(CsvText.Line([declaration.Institution, declaration.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                declaration.Tables is null ? NoAnswer : string.Join(';', declaration.Tables)])).Append('\n');
        return csv.ToString();
    }
}
