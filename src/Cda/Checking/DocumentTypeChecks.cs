using System.Globalization;
using System.Xml.Linq;
using HealthExchange.Cda.Model;
using HealthExchange.Cda.Types;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Cda.Checking;

/// <summary>
/// Which of the 53 document types a document is. Its code (C0001–C0053 in 2.16.156.10011.2.4) and its
/// templateId (2.16.156.10011.2.1.1.21–.73) must name the same type: public templates pair them wrongly,
/// so a disagreement is reported and the code, the more explicit of the two, decides.
/// </summary>
internal static class DocumentTypeChecks
{
    public static (DocumentTypeDefinition? Type, string? TemplateId) Check(XElement root, DocumentTypeCatalogue types, List<ValidationIssue> issues)
    {
        var codeElement = root.Child("code");
        var code = codeElement.Attr("code");
        if (code is null || codeElement.Attr("codeSystem") != CdaDocumentTypes.CodeSystem)
        {
            issues.Add(HeaderChecks.At(IssueCodes.CdaDocumentCode, codeElement ?? root, $"code={code ?? "absent"} codeSystem={codeElement.Attr("codeSystem") ?? "absent"}"));
            code = null;
        }
        var templateElement = root.Children("templateId").FirstOrDefault(t => t.Attr("root")?.StartsWith(CdaDocumentTypes.TemplateRoot, StringComparison.Ordinal) == true);
        var templateId = templateElement.Attr("root");
        var byCode = types.Find(code);
        var byTemplate = types.FindByTemplate(templateId);
        if (code is not null && templateId is not null && TemplateNumber(templateId) is { } number && CodeNumber(code) is { } codeNumber && number != codeNumber + 20)
        {
            var templateNames = byTemplate is null ? "" : $" ({byTemplate.Code} {byTemplate.Title})";
            issues.Add(HeaderChecks.At(IssueCodes.CdaTemplateMismatch, templateElement!,
                $"templateId {templateId}{templateNames} with code {code}{(byCode is null ? "" : " " + byCode.Title)}"));
        }
        var type = byCode ?? (code is null ? byTemplate : null);
        if (type is null)
            issues.Add(HeaderChecks.At(IssueCodes.CdaUnknownDocumentType, codeElement ?? root, $"code {code ?? "absent"}, templateId {templateId ?? "absent"}"));
        else if (Normalize(root.Child("title").Text()) is var title && title != Normalize(type.Title))
            issues.Add(HeaderChecks.At(IssueCodes.CdaTitleMismatch, root.Child("title") ?? root, $"title '{root.Child("title").Text() ?? ""}', {type.Code} is '{type.Title}'"));
        return (type, templateId);
    }

    private static int? TemplateNumber(string templateId) =>
        int.TryParse(templateId.AsSpan(CdaDocumentTypes.TemplateRoot.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static int? CodeNumber(string code) =>
        code.Length == 5 && code[0] == 'C' && int.TryParse(code.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>Titles are compared without the difference between full-width and half-width brackets or spaces.</summary>
    private static string? Normalize(string? title) =>
        title?.Replace('（', '(').Replace('）', ')').Replace(" ", "", StringComparison.Ordinal);
}
