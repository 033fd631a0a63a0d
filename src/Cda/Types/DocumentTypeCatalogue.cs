using HealthExchange.Validation.Catalogues;
using YamlDotNet.RepresentationModel;

namespace HealthExchange.Cda.Types;

/// <summary>
/// schemas/cda/document-types.yaml: the WS/T 500 document types the platform knows, as data, so an operator
/// can add a type or tighten one without a code change. Loading collects every defect (unknown table or
/// column, a path that does not parse) and refuses a file that has any.
/// </summary>
public sealed class DocumentTypeCatalogue
{
    private readonly Dictionary<string, DocumentTypeDefinition> _byCode;

    public DocumentTypeCatalogue(IReadOnlyList<DocumentTypeDefinition> types)
    {
        Types = types;
        _byCode = types.ToDictionary(type => type.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<DocumentTypeDefinition> Types { get; }

    public static string DefaultFile => Path.Combine(SchemaPaths.Cda, "document-types.yaml");

    public DocumentTypeDefinition? Find(string? code) => code is not null && _byCode.TryGetValue(code, out var type) ? type : null;

    public DocumentTypeDefinition? FindByTemplate(string? templateId) => Types.FirstOrDefault(type => type.TemplateId == templateId);

    private static readonly Lazy<DocumentTypeCatalogue> Shipped = new(() => Load(DefaultFile, CatalogueSet.Load()));

    /// <summary>The shipped file, checked against the shipped catalogues; loaded once.</summary>
    public static DocumentTypeCatalogue Default => Shipped.Value;

    public static DocumentTypeCatalogue Load(string file, CatalogueSet catalogues)
    {
        var defects = new List<string>();
        var root = YamlFiles.TryLoadMapping(file, out var error, out var line)
            ?? throw new InvalidDataException($"{file}:{line}: {error}");
        var types = new List<DocumentTypeDefinition>();
        var tables = catalogues.DistinctTables.ToDictionary(table => table.Code, StringComparer.Ordinal);
        foreach (var node in Sequence(root, "types").OfType<YamlMappingNode>())
        {
            var type = ReadType(node, tables, defects);
            if (type is null) continue;
            if (types.Any(other => other.Code == type.Code || other.TemplateId == type.TemplateId))
                defects.Add($"line {node.Start.Line}: {type.Code} / {type.TemplateId} is defined twice");
            else types.Add(type);
        }
        if (defects.Count > 0)
            throw new InvalidDataException($"{file} has defects:{Environment.NewLine}{string.Join(Environment.NewLine, defects.Take(50))}");
        return new DocumentTypeCatalogue(types);
    }

    private static DocumentTypeDefinition? ReadType(YamlMappingNode node, Dictionary<string, TableDefinition> tables, List<string> defects)
    {
        var line = node.Start.Line;
        var code = Scalar(node, "code");
        var templateId = Scalar(node, "templateId");
        if (code is null || templateId is null) { defects.Add($"line {line}: a type needs code and templateId"); return null; }
        var extract = new List<ExtractionRule>();
        foreach (var ruleNode in Sequence(node, "extract").OfType<YamlMappingNode>())
        {
            var table = Scalar(ruleNode, "table");
            if (table is null || !tables.TryGetValue(table, out var definition)) { defects.Add($"line {ruleNode.Start.Line}: {code}: table '{table}' is in no catalogue"); continue; }
            var rows = Scalar(ruleNode, "rows") is { } rowsText ? ParsePath(rowsText, code, ruleNode, defects) : null;
            var columns = new Dictionary<string, ColumnRule>(StringComparer.Ordinal);
            if (ruleNode.Children.TryGetValue(new YamlScalarNode("columns"), out var columnsNode) && columnsNode is YamlMappingNode columnMap)
            {
                foreach (var (keyNode, valueNode) in columnMap.Children)
                {
                    var column = ((YamlScalarNode)keyNode).Value ?? "";
                    if (definition.IndexOf(column) < 0) { defects.Add($"line {keyNode.Start.Line}: {code}: '{table}.{column}' is not a catalogue column"); continue; }
                    var rule = ReadColumn(valueNode, $"{code} {table}.{column}", defects);
                    if (rule is not null) columns[column] = rule;
                }
            }
            extract.Add(new ExtractionRule(table, rows, columns));
        }
        return new DocumentTypeDefinition(code, templateId, Scalar(node, "title") ?? code, Strings(node, "sections"),
            Strings(node, "requiredSections"), Strings(node, "requiredElements"), extract);
    }

    private static ColumnRule? ReadColumn(YamlNode node, string code, List<string> defects)
    {
        if (node is YamlScalarNode scalar) return new ColumnRule(ParsePath(scalar.Value ?? "", code, node, defects), null, null);
        if (node is not YamlMappingNode map) { defects.Add($"line {node.Start.Line}: {code}: a column rule is a path or a mapping"); return null; }
        var constant = Scalar(map, "const");
        var path = Scalar(map, "path") is { } text ? ParsePath(text, code, map, defects) : null;
        if (constant is null && path is null) { defects.Add($"line {map.Start.Line}: {code}: a column rule needs path or const"); return null; }
        return new ColumnRule(path, constant, Scalar(map, "default"));
    }

    private static CdaPath? ParsePath(string text, string code, YamlNode node, List<string> defects)
    {
        try { return CdaPath.Parse(text); }
        catch (FormatException error) { defects.Add($"line {node.Start.Line}: {code}: {error.Message}"); return null; }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text } ? text : null;

    private static List<YamlNode> Sequence(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlSequenceNode sequence ? sequence.Children.ToList() : [];

    private static List<string> Strings(YamlMappingNode map, string key) =>
        Sequence(map, key).OfType<YamlScalarNode>().Select(node => node.Value ?? "").ToList();
}
