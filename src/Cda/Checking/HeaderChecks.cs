using System.Text.RegularExpressions;
using System.Xml.Linq;
using HealthExchange.Cda.Model;
using HealthExchange.Cda.Reading;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Cda.Checking;

/// <summary>
/// The WS/T 500 header: realm, typeId, document id, effectiveTime, the patient's national ID (GB 11643),
/// author and custodian. The custodian must be the sending institution: its id under root
/// 2.16.156.10011.1.5 is compared with the platform registry's codes (docs/cda.md, "Institution codes").
/// </summary>
internal static partial class HeaderChecks
{
    [GeneratedRegex(@"^(?<date>\d{8})(\d{2}(\d{2}(\d{2}(\.\d{1,6})?)?)?)?([+-]\d{4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Hl7Timestamp();

    public static CdaHeader Check(XElement root, CdaCheckContext context, List<ValidationIssue> issues)
    {
        var realm = root.Child("realmCode");
        if (realm.Attr("code") != "CN")
            issues.Add(At(IssueCodes.CdaRealmCode, realm ?? root, realm.Attr("code") ?? "absent"));

        var typeId = root.Child("typeId");
        if (typeId.Attr("root") != CdaDocumentTypes.TypeIdRoot || typeId.Attr("extension") != CdaDocumentTypes.TypeIdExtension)
            issues.Add(At(IssueCodes.CdaTypeId, typeId ?? root, $"root={typeId.Attr("root") ?? "absent"} extension={typeId.Attr("extension") ?? "absent"}"));

        var idElement = root.Child("id");
        var documentId = DocumentIdentity.Valid(idElement.Attr("extension")) ? idElement.Attr("extension") : null;
        if (idElement.Attr("root") != CdaDocumentTypes.DocumentIdRoot || documentId is null)
            issues.Add(At(IssueCodes.CdaDocumentId, idElement ?? root, $"root={idElement.Attr("root") ?? "absent"} extension={Shorten(idElement.Attr("extension")) ?? "absent"}"));

        var effective = root.Child("effectiveTime").Attr("value");
        if (!IsTimestamp(effective))
            issues.Add(At(IssueCodes.CdaEffectiveTime, root.Child("effectiveTime") ?? root, effective ?? "absent"));

        CheckNationalId(root, issues);
        CheckAuthor(root, issues);
        var custodian = CheckCustodian(root, context, issues);
        return new CdaHeader(documentId, effective, custodian);
    }

    public static bool IsTimestamp(string? value)
    {
        if (value is null || Hl7Timestamp().Match(value) is not { Success: true } match) return false;
        return DateOnly.TryParseExact(match.Groups["date"].Value, "yyyyMMdd", out _);
    }

    private static void CheckNationalId(XElement root, List<ValidationIssue> issues)
    {
        var patient = root.Child("recordTarget").Child("patientRole").Child("patient");
        var id = patient.IdWithRoot(CdaDocumentTypes.NationalIdRoot);
        var value = id.Attr("extension");
        if (value is null)
        {
            issues.Add(At(IssueCodes.CdaNationalIdMissing, id ?? patient ?? root, null));
            return;
        }
        var masked = PersonalDataMask.Mask(PersonalDataClass.NationalId, value);
        if (!NationalId.HasValidShape(value)) issues.Add(At(IssueCodes.CdaNationalIdFormat, id!, null, masked));
        else if (!NationalId.HasValidCheckDigit(value)) issues.Add(At(IssueCodes.CdaNationalIdCheckDigit, id!, null, masked));
    }

    private static void CheckAuthor(XElement root, List<ValidationIssue> issues)
    {
        var author = root.Child("author");
        var missing = new List<string>();
        if (author is null) missing.Add("author");
        else
        {
            if (!IsTimestamp(author.Child("time").Attr("value"))) missing.Add("author/time");
            if (author.Child("assignedAuthor").Children("id").All(id => id.Attr("extension") is null && id.Attr("root") is null)) missing.Add("author/assignedAuthor/id");
        }
        if (missing.Count > 0) issues.Add(At(IssueCodes.CdaAuthor, author ?? root, string.Join(", ", missing)));
    }

    private static string? CheckCustodian(XElement root, CdaCheckContext context, List<ValidationIssue> issues)
    {
        var organization = root.Child("custodian").Child("assignedCustodian").Child("representedCustodianOrganization");
        var id = organization.IdWithRoot(CdaDocumentTypes.OrganizationRoot);
        var code = id.Attr("extension");
        if (code is null)
        {
            issues.Add(At(IssueCodes.CdaCustodianMissing, organization ?? root, organization.Children("id").FirstOrDefault().Attr("root") is { } other ? $"id root {other}" : null));
            return null;
        }
        if (code == context.Institution) return code;
        if (context.IsRegistered(code))
        {
            if (context.Institution is not null)
                issues.Add(At(IssueCodes.CdaCustodianOtherInstitution, id!, $"custodian {code}, sent by {context.Institution}", code));
            return code;
        }
        issues.Add(At(IssueCodes.CdaCustodianUnmapped, id!, context.Institution is null
            ? $"custodian id '{Shorten(code)}' is not a registry code"
            : $"custodian id '{Shorten(code)}' is not a registry code; the document is attributed to the sender {context.Institution}", Shorten(code)));
        return code;
    }

    internal static ValidationIssue At(IssueDefinition definition, XElement element, string? detail, string? value = null)
    {
        var position = XmlPosition.Of(element);
        var where = position is null ? "" : position + ": ";
        return new ValidationIssue(definition, position?.Line, Hl7.PathOf(element), value, detail is null ? (position?.ToString()) : where + detail);
    }

    private static string? Shorten(string? text) => text is { Length: > 64 } ? text[..64] + "…" : text;
}
