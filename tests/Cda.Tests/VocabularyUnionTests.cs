using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using HealthExchange.Cda.Reading;
using Xunit;

namespace HealthExchange.Cda.Tests;

/// <summary>
/// The schema set the platform validates with compiles the vocabulary's unions as single enumerations
/// (VocabularyUnions). These tests hold it to the schema as written: the same values valid for every rewritten
/// type, and the same findings at the same places for the real documents and thousands of altered ones.
/// </summary>
public class VocabularyUnionTests
{
    private const string Hl7 = "urn:hl7-org:v3";
    private static readonly Lazy<XmlSchemaSet> AsWritten = new(() => CdaSchemas.Compile(CdaSchemas.EntryPoint, flattenUnions: false));

    [Fact]
    public void The_vocabulary_unions_are_compiled_as_enumerations_and_the_others_as_written()
    {
        var rewritten = RewrittenTypes();
        // voc.xsd has 59 unions, every leaf cs restricted by enumeration or not at all.
        Assert.Equal(59, rewritten.Count);
        Assert.Contains(rewritten, type => type.Name == "ActClass");
        // ActRelationshipAccounting lists cs itself, so the typeCode of every act relationship takes any cs.
        Assert.Empty(((XmlSchemaSimpleTypeRestriction)Global(CdaSchemas.Wst500, "ActRelationshipType").Content!).Facets);
        // uid (oid | uuid | ruid) is a union of patterns and stays one.
        Assert.Equal(XmlSchemaDatatypeVariety.Union, Global(CdaSchemas.Wst500, "uid").Datatype!.Variety);
    }

    [Fact]
    public void Every_rewritten_type_accepts_exactly_the_values_the_union_accepts()
    {
        var rewritten = RewrittenTypes();
        var candidates = Candidates();
        var compared = 0;
        foreach (var (original, flattened) in rewritten.Select(type => (type, Global(CdaSchemas.Wst500, type.Name!))))
            foreach (var value in candidates)
            {
                var expected = Accepts(original, value);
                Assert.True(expected == Accepts(flattened, value),
                    $"{original.Name} '{value}': as written {(expected ? "valid" : "invalid")}, flattened the opposite");
                compared++;
            }
        Assert.True(compared > 50_000, $"only {compared} comparisons");
    }

    [Fact]
    public void Real_documents_and_their_alterations_get_the_same_findings_at_the_same_places()
    {
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Samples"), "*.xml", SearchOption.AllDirectories);
        var replacements = new[] { "OBS", "EVN", "ZZZ", " DOCCLIN ", "", "act", "COMP SUBJ" };
        var documents = 0;
        var withFindings = 0;
        foreach (var file in samples)
        {
            if (TryLoad(file) is not { } original)
            {
                Compare(File.ReadAllText(file)); // not namespace-well-formed: compared as it is, not altered
                continue;
            }
            var attributes = original.Descendants().SelectMany(element => element.Attributes())
                .Where(attribute => !attribute.IsNamespaceDeclaration).ToList();
            Compare(original.ToString(SaveOptions.DisableFormatting));
            // Every attribute of the first 60 in each document, and each replacement: coded attributes get values
            // valid elsewhere, invalid, padded, empty, lower-case, two tokens.
            for (var index = 0; index < Math.Min(60, attributes.Count); index++)
                foreach (var replacement in replacements)
                {
                    var path = attributes[index];
                    var saved = path.Value;
                    path.Value = replacement;
                    if (Compare(original.ToString(SaveOptions.DisableFormatting))) withFindings++;
                    path.Value = saved;
                }
        }
        Assert.True(documents > 1_000 && withFindings > 100, $"{documents} documents compared, {withFindings} with findings");

        bool Compare(string text)
        {
            documents++;
            var expected = Findings(text, AsWritten.Value);
            Assert.Equal(expected, Findings(text, CdaSchemas.Wst500));
            return expected.Count > 0;
        }
    }

    [Fact]
    public void A_union_with_a_pattern_or_a_foreign_member_is_left_as_written()
    {
        var schema = XDocument.Parse("""
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns="urn:t" targetNamespace="urn:t">
              <xs:simpleType name="A"><xs:restriction base="xs:token"><xs:enumeration value="a"/></xs:restriction></xs:simpleType>
              <xs:simpleType name="P"><xs:restriction base="xs:token"><xs:pattern value="p+"/></xs:restriction></xs:simpleType>
              <xs:simpleType name="S"><xs:restriction base="xs:string"><xs:enumeration value="s"/></xs:restriction></xs:simpleType>
              <xs:simpleType name="WithPattern"><xs:union memberTypes="A P"/></xs:simpleType>
              <xs:simpleType name="Foreign"><xs:union memberTypes="A xs:int"/></xs:simpleType>
              <xs:simpleType name="TwoBases"><xs:union memberTypes="A S"/></xs:simpleType>
              <xs:simpleType name="Flat"><xs:union memberTypes="A"><xs:simpleType><xs:restriction base="xs:token"><xs:enumeration value="b"/><xs:enumeration value="a"/></xs:restriction></xs:simpleType></xs:union></xs:simpleType>
              <xs:simpleType name="AnyToken"><xs:union memberTypes="Flat xs:token"/></xs:simpleType>
            </xs:schema>
            """);
        var (result, rewritten) = VocabularyUnions.Flatten(schema);
        Assert.Equal(2, rewritten);
        XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        var flat = result.Root!.Elements(xs + "simpleType").Single(type => (string?)type.Attribute("name") == "Flat");
        Assert.Equal(["a", "b"], flat.Descendants(xs + "enumeration").Select(e => (string)e.Attribute("value")!));
        Assert.Equal("xs:token", (string?)flat.Element(xs + "restriction")!.Attribute("base"));
        var anyToken = result.Root!.Elements(xs + "simpleType").Single(type => (string?)type.Attribute("name") == "AnyToken");
        Assert.Equal("xs:token", (string?)anyToken.Element(xs + "restriction")!.Attribute("base"));
        Assert.Empty(anyToken.Descendants(xs + "enumeration"));
        foreach (var name in new[] { "WithPattern", "Foreign", "TwoBases" })
            Assert.NotNull(result.Root!.Elements(xs + "simpleType").Single(type => (string?)type.Attribute("name") == name).Element(xs + "union"));
        Assert.NotNull(schema.Root!.Elements(xs + "simpleType").Single(type => (string?)type.Attribute("name") == "Flat").Element(xs + "union"));
    }

    private static XDocument? TryLoad(string file)
    {
        try
        {
            return XDocument.Load(file);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>The types compiled as unions in the schema as written and as single values in the platform's.</summary>
    private static List<XmlSchemaSimpleType> RewrittenTypes() =>
        AsWritten.Value.GlobalTypes.Values.OfType<XmlSchemaSimpleType>()
            .Where(type => type.QualifiedName.Namespace == Hl7 && type.Datatype!.Variety == XmlSchemaDatatypeVariety.Union)
            .Where(type => Global(CdaSchemas.Wst500, type.Name!).Datatype!.Variety == XmlSchemaDatatypeVariety.Atomic)
            .ToList();

    private static XmlSchemaSimpleType Global(XmlSchemaSet set, string name) =>
        (XmlSchemaSimpleType)set.GlobalTypes[new XmlQualifiedName(name, Hl7)]!;

    /// <summary>Every enumeration value in the shipped schemas, and each padded, lower-cased, doubled and cut.</summary>
    private static List<string> Candidates()
    {
        XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        var values = Directory.GetFiles(CdaSchemas.Directory, "*.xsd", SearchOption.AllDirectories)
            .SelectMany(file => XDocument.Load(file).Descendants(xs + "enumeration"))
            .Select(facet => (string)facet.Attribute("value")!).Distinct(StringComparer.Ordinal).ToList();
        var variants = values.Take(400).SelectMany(value => new[] { $" {value} ", value.ToLowerInvariant(), value + value, value[..^1], $"{value} {value}", $"\t{value}\n" });
        return values.Concat(variants).Concat(["", " ", "ZZZ"]).Distinct(StringComparer.Ordinal).ToList();
    }

    private static bool Accepts(XmlSchemaSimpleType type, string value)
    {
        try
        {
            type.Datatype!.ParseValue(value, new NameTable(), null);
            return true;
        }
        catch (XmlSchemaException)
        {
            return false;
        }
    }

    /// <summary>Where the schema finds errors (line, column, and the node it names), reading only.</summary>
    private static List<string> Findings(string text, XmlSchemaSet schemas)
    {
        var findings = new List<string>();
        var settings = CdaSchemas.Validating(schemas);
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error) findings.Add($"{e.Exception.LineNumber}:{e.Exception.LinePosition} {FirstClause(e.Message)}");
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            while (reader.Read()) { }
        }
        catch (XmlException error)
        {
            findings.Add($"{error.LineNumber}:{error.LinePosition} not well-formed");
        }
        return findings;
    }

    /// <summary>The message up to its first " - ": which element or attribute is invalid, not why in System.Xml's words.</summary>
    private static string FirstClause(string message)
    {
        var cut = message.IndexOf(" - ", StringComparison.Ordinal);
        return cut < 0 ? message : message[..cut];
    }
}
