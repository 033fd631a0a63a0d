using System.Xml.Linq;
using HealthExchange.Cda.Model;

namespace HealthExchange.Cda.Types;

/// <summary>
/// The de('…') and section('…') lookups of one document, built once per scope element and shared by every path
/// evaluated over that document. Without it each such step scanned all the scope's descendants again: a
/// C0002 document evaluates ~40 of them, which was most of its extraction time.
/// </summary>
internal sealed class CdaPathIndex
{
    private readonly Dictionary<XElement, Dictionary<string, List<XElement>>> _dataElements = [];
    private readonly Dictionary<XElement, Dictionary<string, List<XElement>>> _sections = [];

    /// <summary>The scope's descendants, in document order, whose first code child names that data element.</summary>
    public IReadOnlyList<XElement> DataElements(XElement scope, string code)
    {
        if (!_dataElements.TryGetValue(scope, out var byCode))
        {
            byCode = new Dictionary<string, List<XElement>>(StringComparer.Ordinal);
            foreach (var element in scope.Descendants())
            {
                var codeElement = element.Child("code");
                if (codeElement.Attr("code") is { } value
                    && (codeElement.Attr("codeSystem") ?? CdaDocumentTypes.DataElementSystem) == CdaDocumentTypes.DataElementSystem)
                    Add(byCode, value, element);
            }
            _dataElements.Add(scope, byCode);
        }
        return byCode.TryGetValue(code, out var found) ? found : [];
    }

    /// <summary>The scope's descendant sections, in document order, whose first code child has that code.</summary>
    public IReadOnlyList<XElement> Sections(XElement scope, string code)
    {
        if (!_sections.TryGetValue(scope, out var byCode))
        {
            byCode = new Dictionary<string, List<XElement>>(StringComparer.Ordinal);
            foreach (var section in scope.Descendants(Hl7.V3 + "section"))
                if (section.Child("code").Attr("code") is { } value) Add(byCode, value, section);
            _sections.Add(scope, byCode);
        }
        return byCode.TryGetValue(code, out var found) ? found : [];
    }

    private static void Add(Dictionary<string, List<XElement>> byCode, string code, XElement element)
    {
        if (!byCode.TryGetValue(code, out var list)) byCode.Add(code, list = []);
        list.Add(element);
    }
}
