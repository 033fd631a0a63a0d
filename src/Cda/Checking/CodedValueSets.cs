using HealthExchange.Validation.Catalogues;
using YamlDotNet.RepresentationModel;

namespace HealthExchange.Cda.Checking;

/// <summary>
/// The catalogue's value sets by the code-system OID a CDA document names (their <c>oid</c> field, where one
/// was seen in public WS/T 500 documents). A coded value whose codeSystem has no value set here is not checked.
/// ICD-10's national variants (…2.3.3.11.1, .11.2, .11.3) are judged by the ICD-10 rule.
/// </summary>
public sealed class CodedValueSets(IReadOnlyDictionary<string, ValueSet> byOid)
{
    private const string Icd10Oid = "2.16.156.10011.2.3.3.11";

    private static readonly Lazy<CodedValueSets> Shipped = new(() => Load(SchemaPaths.ValueSets));

    public static CodedValueSets Default => Shipped.Value;

    public IReadOnlyDictionary<string, ValueSet> ByOid { get; } = byOid;

    public ValueSet? For(string codeSystem)
    {
        if (ByOid.TryGetValue(codeSystem, out var set)) return set;
        return codeSystem.StartsWith(Icd10Oid + ".", StringComparison.Ordinal) ? ByOid.GetValueOrDefault(Icd10Oid) : null;
    }

    public static CodedValueSets Load(string directory)
    {
        var defects = new List<CatalogueDefect>();
        var sets = ValueSetLoader.LoadDirectory(directory, defects);
        var byOid = new Dictionary<string, ValueSet>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(file)) stream.Load(reader);
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) continue;
            var id = (root.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) ? (idNode as YamlScalarNode)?.Value : null) ?? "";
            var oid = root.Children.TryGetValue(new YamlScalarNode("oid"), out var oidNode) ? (oidNode as YamlScalarNode)?.Value : null;
            if (oid is { Length: > 0 } && sets.TryGetValue(id, out var set)) byOid[oid] = set;
        }
        return new CodedValueSets(byOid);
    }
}
