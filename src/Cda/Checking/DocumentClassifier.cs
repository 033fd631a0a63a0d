using System.Xml.Linq;
using HealthExchange.Cda.Model;

namespace HealthExchange.Cda.Checking;

/// <summary>
/// Tells a WS/T 500 document from the other CDA the platform meets: C-CDA examples, WS/T 483 drafts and
/// section fragments each get a reason a sender can act on, instead of a pile of schema errors.
/// </summary>
internal static class DocumentClassifier
{
    public static (DocumentKind Kind, string? Reason) Classify(XElement root)
    {
        if (root.Name != Hl7.V3 + "ClinicalDocument")
            return (DocumentKind.NotCda, $"the root element is <{root.Name.LocalName}> in namespace '{root.Name.NamespaceName}', not an HL7 v3 <ClinicalDocument> (a fragment or another format)");
        var templates = root.Children("templateId").Select(t => t.Attr("root") ?? "").ToList();
        var code = root.Child("code");
        var codeSystem = code.Attr("codeSystem") ?? "";
        if (templates.Any(t => t.StartsWith(CdaDocumentTypes.TemplateRoot, StringComparison.Ordinal)) || codeSystem == CdaDocumentTypes.CodeSystem)
            return (DocumentKind.Wst500, null);
        if (templates.Any(t => t.StartsWith("SD.", StringComparison.Ordinal)) || codeSystem.StartsWith("SD.", StringComparison.Ordinal))
            return (DocumentKind.Wst483Draft, $"a WS/T 483 health-record document in its 2012 draft form (templateId root '{templates.FirstOrDefault(t => t.StartsWith("SD.", StringComparison.Ordinal)) ?? ""}', "
                + $"code {code.Attr("code")} in '{codeSystem}': not OIDs); health records are uploaded as tables, and hx.cda takes WS/T 500 documents only");
        var realm = root.Child("realmCode").Attr("code");
        var usTemplate = templates.FirstOrDefault(t => t.StartsWith("2.16.840.1.113883.10.20.", StringComparison.Ordinal));
        if (realm == "US" || usTemplate is not null)
            return (DocumentKind.Ccda, $"an HL7 C-CDA document of the US realm (realmCode {realm ?? "absent"}, templateId {usTemplate ?? "none"}); hx.cda takes WS/T 500 documents only");
        return (DocumentKind.OtherCda, $"no WS/T 500 templateId ({CdaDocumentTypes.TemplateRoot}21–73) and no document code in {CdaDocumentTypes.CodeSystem}");
    }
}
