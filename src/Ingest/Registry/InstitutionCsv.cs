using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Ingest.Registry;

/// <summary>
/// The registry's CSV form (code,name,kind,upload_method,catalogue_id[,affiliation],...), for seeding and for operators'
/// import/export. Extra columns are ignored so the file can carry notes. `affiliation` (隶属关系) is optional: a
/// label or GB/T 12404 code (<see cref="InstitutionAffiliation"/>); an empty cell or no column is "not recorded".
/// </summary>
public static class InstitutionCsv
{
    public static IReadOnlyList<Institution> Read(string path)
    {
        var lines = CsvText.ReadFile(path);
        if (lines.Count == 0) return [];
        var header = lines[0];
        int Column(string name) => Array.IndexOf(header, name) is var index and >= 0 ? index : throw new InvalidDataException($"{path}: no '{name}' column");
        var (code, name, kind, method, catalogue) = (Column("code"), Column("name"), Column("kind"), Column("upload_method"), Column("catalogue_id"));
        var affiliation = Array.IndexOf(header, "affiliation");
        var result = new List<Institution>();
        for (var i = 1; i < lines.Count; i++)
        {
            var fields = lines[i];
            if (!InstitutionKindNames.TryParse(fields[kind], out var parsedKind))
                throw new InvalidDataException($"{path}:{i + 1}: kind '{fields[kind]}' must be hospital or district");
            var affiliationText = affiliation >= 0 && affiliation < fields.Length ? fields[affiliation] : null;
            if (!InstitutionAffiliation.TryParse(affiliationText, out var parsedAffiliation))
                throw new InvalidDataException($"{path}:{i + 1}: affiliation '{affiliationText}' must be one of {InstitutionAffiliation.Choices} (隶属关系, GB/T 12404) or empty");
            result.Add(new Institution(fields[code].Trim(), fields[name].Trim(), parsedKind, fields[method].Trim(), fields[catalogue].Trim(), parsedAffiliation));
        }
        return result;
    }

    /// <summary>The registry as the CSV <see cref="Read"/> takes back.</summary>
    public static string Write(IEnumerable<Institution> institutions) =>
        CsvText.Line(["code", "name", "kind", "upload_method", "catalogue_id", "affiliation"]) + "\n"
        + string.Concat(institutions.Select(i => CsvText.Line([i.Code, i.Name, i.Kind.ToWire(), i.UploadMethod, i.CatalogueId, i.Affiliation ?? ""]) + "\n"));

    public static string DefaultSeed => Path.Combine(SchemaPaths.Root, "institutions", "nanjing.csv");
}
