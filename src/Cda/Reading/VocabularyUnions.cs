using System.Xml.Linq;

namespace HealthExchange.Cda.Reading;

/// <summary>
/// Rewrites each HL7 vocabulary union (voc.xsd: <c>ActClass</c> is the union of <c>ActClassRoot</c>, itself a
/// union of seven more…) into the one enumeration it denotes, before the schema set is compiled.
/// <para>
/// Why: System.Xml validates a union by trying its member types in turn, and for every member a value does not
/// match it builds an exception with a formatted message before trying the next. One <c>observation/@classCode</c>
/// cost ≈ 7 µs that way, and such attributes were most of the validator's time (tests/Benchmarks/README.md, CDA).
/// A single enumeration is one lookup.
/// </para>
/// <para>
/// Exact, not approximate: a type is rewritten only when every leaf of its union tree is the same base type,
/// restricted by enumeration facets alone or not at all (voc.xsd's <c>ActRelationshipAccounting</c> lists
/// <c>cs</c> itself among its members, so it and every union above it accept any <c>cs</c>). A value is then
/// valid for the union exactly when it is valid for that base and, unless a leaf is unrestricted, equal to one of
/// the leaves' values: what the single restriction says, with the base's own facets and whitespace rule. Anything
/// else (leaves of different bases, a pattern or length facet, a list) leaves the type as written.
/// VocabularyUnionTests checks every rewritten type against the schema as written, value by value.
/// </para>
/// </summary>
internal static class VocabularyUnions
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    /// <summary>The schema with its flattenable unions rewritten (a copy), and how many were.</summary>
    public static (XDocument Schema, int Rewritten) Flatten(XDocument schema)
    {
        var copy = new XDocument(schema);
        var root = copy.Root;
        if (root is null || root.Name != Xs + "schema" || !UnprefixedNamesAreLocal(root)) return (copy, 0);

        var named = root.Elements(Xs + "simpleType")
            .Where(type => type.Attribute("name") is not null)
            .GroupBy(type => (string)type.Attribute("name")!)
            .Where(group => group.Count() == 1)
            .ToDictionary(group => group.Key, group => group.Single(), StringComparer.Ordinal);

        // Denotations are computed on the original elements first, then all rewrites applied, so that a union
        // already rewritten is never read as input to another.
        var rewrites = new List<(XElement Union, Enumeration Flat)>();
        foreach (var type in named.Values)
        {
            var union = type.Element(Xs + "union");
            if (union is null) continue;
            var flat = Denote(type, named, new HashSet<XElement>());
            if (flat is not null) rewrites.Add((union, flat));
        }
        foreach (var (union, flat) in rewrites)
            union.ReplaceWith(new XElement(Xs + "restriction", new XAttribute("base", flat.Base),
                flat.Values?.Select(value => new XElement(Xs + "enumeration", new XAttribute("value", value)))));
        return (copy, rewrites.Count);
    }

    /// <summary>The values of <paramref name="Base"/> a type allows: those listed, or all of them when null.</summary>
    private sealed record Enumeration(string Base, IReadOnlyList<string>? Values);

    /// <summary>The single enumeration a simple type stands for, or null when it is not one.</summary>
    private static Enumeration? Denote(XElement simpleType, IReadOnlyDictionary<string, XElement> named, HashSet<XElement> visiting)
    {
        if (!visiting.Add(simpleType)) return null; // a cycle is a broken schema; leave it to the compiler
        try
        {
            var content = simpleType.Elements().Where(child => child.Name != Xs + "annotation").ToList();
            if (content.Count != 1) return null;
            var only = content[0];
            if (only.Name == Xs + "restriction") return EnumerationOnly(only);
            if (only.Name != Xs + "union") return null;

            var members = new List<Enumeration>();
            foreach (var name in ((string?)only.Attribute("memberTypes") ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                // A member from elsewhere (cs itself, xs:int) stands for all its values; only a leaf of the
                // same base can then join it.
                var denoted = named.TryGetValue(name, out var member) ? Denote(member, named, visiting) : new Enumeration(name, null);
                if (denoted is null) return null;
                members.Add(denoted);
            }
            foreach (var child in only.Elements())
            {
                if (child.Name == Xs + "annotation") continue;
                if (child.Name != Xs + "simpleType") return null;
                var denoted = Denote(child, named, visiting);
                if (denoted is null) return null;
                members.Add(denoted);
            }
            if (members.Count == 0 || members.Any(member => member.Base != members[0].Base)) return null;
            if (members.Any(member => member.Values is null)) return new Enumeration(members[0].Base, null);
            return new Enumeration(members[0].Base, members.SelectMany(member => member.Values!).Distinct(StringComparer.Ordinal).ToList());
        }
        finally
        {
            visiting.Remove(simpleType);
        }
    }

    /// <summary>A restriction whose facets are all enumerations, or which has none (all the base's values), or null.</summary>
    private static Enumeration? EnumerationOnly(XElement restriction)
    {
        var baseName = (string?)restriction.Attribute("base");
        if (baseName is null || restriction.Attributes().Any(attribute => attribute.Name != "base" && !attribute.IsNamespaceDeclaration)) return null;
        var facets = restriction.Elements().Where(child => child.Name != Xs + "annotation").ToList();
        if (facets.Count == 0) return new Enumeration(baseName, null);
        if (facets.Any(facet => facet.Name != Xs + "enumeration" || facet.Attribute("value") is null)) return null;
        return new Enumeration(baseName, facets.Select(facet => (string)facet.Attribute("value")!).ToList());
    }

    /// <summary>
    /// Unprefixed member names are looked up in this file only, which is right when they resolve to its target
    /// namespace, and the rewritten restriction keeps its base's text in the same scope.
    /// </summary>
    private static bool UnprefixedNamesAreLocal(XElement root) =>
        string.Equals(root.GetDefaultNamespace().NamespaceName, (string?)root.Attribute("targetNamespace") ?? "", StringComparison.Ordinal);
}
