using YamlDotNet.RepresentationModel;

namespace HealthExchange.Validation.Catalogues;

/// <summary>Reads schemas/valuesets/*.yaml: one code table or structural rule per file.</summary>
public static class ValueSetLoader
{
    public static IReadOnlyDictionary<string, ValueSet> LoadDirectory(string directory, ICollection<CatalogueDefect> defects)
    {
        var sets = new Dictionary<string, ValueSet>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            defects.Add(new CatalogueDefect(directory, 0, CatalogueDefectKinds.MissingField, "value-set directory not found"));
            return sets;
        }
        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var set = LoadFile(file, defects);
            if (set is null) continue;
            if (!sets.TryAdd(set.Id, set))
                defects.Add(new CatalogueDefect(file, 1, CatalogueDefectKinds.DuplicateCode, $"value set '{set.Id}' is defined twice"));
        }
        return sets;
    }

    private static ValueSet? LoadFile(string file, ICollection<CatalogueDefect> defects)
    {
        if (YamlFiles.TryLoadMapping(file, out var error, out var line) is not { } root)
        {
            defects.Add(new CatalogueDefect(file, line, CatalogueDefectKinds.Syntax, error));
            return null;
        }
        var id = root.Scalar("id");
        if (id is null)
        {
            defects.Add(new CatalogueDefect(file, root.Line(), CatalogueDefectKinds.MissingField, "value set has no id"));
            return null;
        }
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in root.Sequence("codes").OfType<YamlMappingNode>())
        {
            var code = entry.Scalar("code");
            if (code is null)
                defects.Add(new CatalogueDefect(file, entry.Line(), CatalogueDefectKinds.MissingField, "code entry without code"));
            else if (!codes.TryAdd(code, entry.Scalar("zh") ?? ""))
                defects.Add(new CatalogueDefect(file, entry.Line(), CatalogueDefectKinds.DuplicateCode, $"code '{code}' repeated in value set '{id}'"));
        }
        var pattern = root.Scalar("pattern");
        if (codes.Count == 0 && pattern is null)
            defects.Add(new CatalogueDefect(file, root.Line(), CatalogueDefectKinds.MissingField, $"value set '{id}' has neither codes nor a pattern"));
        return new ValueSet(id, root.Scalar("nameZh") ?? id, root.Scalar("nameEn") ?? id, root.Scalar("source") ?? "", codes, pattern);
    }
}
