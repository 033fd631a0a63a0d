using System.Text.RegularExpressions;
using System.Xml.Linq;
using HealthExchange.Cda.Model;
using HealthExchange.Cda.Types;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Cda.Checking;

/// <summary>
/// The body, per document type: the sections its template has (missing ones are warnings, those the platform
/// requires are errors), the data elements it must carry, well-formed data-element identifiers, and every
/// coded value whose code system has a catalogue value set.
/// </summary>
internal static partial class BodyChecks
{
    [GeneratedRegex(@"^DE\d{2}\.\d{2}\.\d{3}\.\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DataElementCode();

    public static void CheckSections(XElement root, DocumentTypeDefinition type, List<ValidationIssue> issues)
    {
        var body = root.Child("component").Child("structuredBody");
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var section in root.Descendants(Hl7.V3 + "section"))
        {
            var code = section.Child("code").Attr("code");
            if (code is null) issues.Add(HeaderChecks.At(IssueCodes.CdaSectionCode, section, section.Child("code").Attr("displayName") ?? section.Child("title").Text()));
            else present.Add(code);
        }
        foreach (var code in type.RequiredSections.Where(code => !present.Contains(code)))
            issues.Add(HeaderChecks.At(IssueCodes.CdaRequiredSectionMissing, body ?? root, $"{type.Code} requires section {code}", code));
        foreach (var code in type.Sections.Where(code => !present.Contains(code) && !type.RequiredSections.Contains(code)))
            issues.Add(HeaderChecks.At(IssueCodes.CdaTemplateSectionMissing, body ?? root, $"{type.Code} template section {code}", code));

        var elements = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in root.Descendants(Hl7.V3 + "code").Where(c => c.Attr("codeSystem") == CdaDocumentTypes.DataElementSystem))
        {
            var value = code.Attr("code");
            if (value is null || !DataElementCode().IsMatch(value)) issues.Add(HeaderChecks.At(IssueCodes.CdaDataElementCode, code, value ?? "absent", value));
            else elements.Add(value);
        }
        foreach (var element in type.RequiredElements.Where(element => !elements.Contains(element)))
            issues.Add(HeaderChecks.At(IssueCodes.CdaRequiredElementMissing, body ?? root, $"{type.Code} requires {element}", element));
    }

    public static void CheckCodedValues(XElement root, CodedValueSets valueSets, List<ValidationIssue> issues)
    {
        foreach (var element in root.Descendants())
        {
            var codeSystem = element.Attr("codeSystem");
            var code = element.Attr("code");
            if (codeSystem is null || code is null || element.Attr("nullFlavor") is not null) continue;
            if (valueSets.For(codeSystem) is { } set && !set.Contains(code))
                issues.Add(HeaderChecks.At(IssueCodes.CdaCodeNotInValueSet, element, $"code '{Shorten(code)}' in {codeSystem} ({set.Id} {set.NameZh})", Shorten(code)));
        }
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
