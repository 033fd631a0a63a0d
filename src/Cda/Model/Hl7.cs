using System.Xml.Linq;

namespace HealthExchange.Cda.Model;

/// <summary>The HL7 v3 namespace and small accessors over CDA elements.</summary>
internal static class Hl7
{
    public static readonly XNamespace V3 = "urn:hl7-org:v3";
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    public static XElement? Child(this XElement? element, string localName) => element?.Element(V3 + localName);

    public static IEnumerable<XElement> Children(this XElement? element, string localName) =>
        element?.Elements(V3 + localName) ?? [];

    /// <summary>An attribute's value with surrounding blanks removed; null when absent or blank.</summary>
    public static string? Attr(this XElement? element, string name) =>
        element?.Attribute(name)?.Value.Trim() is { Length: > 0 } value ? value : null;

    /// <summary>The trimmed text of an element; null when it has none.</summary>
    public static string? Text(this XElement? element) =>
        element?.Value.Trim() is { Length: > 0 } text ? text : null;

    /// <summary>The id under a root among an element's id children (patientRole/id[@root=...]).</summary>
    public static XElement? IdWithRoot(this XElement? element, string root) =>
        element.Children("id").FirstOrDefault(id => id.Attr("root") == root);

    /// <summary>A readable location for findings: the element's path of local names from the root.</summary>
    public static string PathOf(XElement element)
    {
        var names = element.AncestorsAndSelf().Reverse().Select(e => e.Name.LocalName);
        return "/" + string.Join('/', names);
    }
}
