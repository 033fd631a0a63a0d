using System.Globalization;
using HealthExchange.Cda;
using HealthExchange.Cda.Types;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Host.Demo;

/// <summary>
/// WS/T 500 documents made from the demo's synthetic catalogue rows, as a hospital that uploads CDA documents
/// sends them: an outpatient_visit row becomes a C0002 门(急)诊病历, an inpatient_discharge row a C0049 出院记录.
/// Every value of the row goes where the platform's extraction rules (schemas/cda/document-types.yaml) read it,
/// so the document yields the row it was made from; the clinical narrative a document also carries (主诉, 现病史,
/// 诊疗过程 …) is synthetic. The custodian is the sending institution's registry code. Written with
/// <see cref="CdaWriter"/> (XmlWriter): values are escaped, never concatenated into markup.
/// </summary>
internal sealed partial class CdaDocumentFactory(string institutionCode, string institutionName, Random random)
{
    public const string OutpatientType = "C0002";
    public const string DischargeType = "C0049";

    private const string OutpatientTable = "outpatient_visit";
    private const string DischargeTable = "inpatient_discharge";

    // Identifier roots of WS/T 500 (2.16.156.10011.1.x) and the code systems of the coded values written here.
    private const string NationalIdRoot = CdaDocumentTypes.NationalIdRoot;
    private const string VisitNoRoot = "2.16.156.10011.1.11";
    private const string InpatientNoRoot = "2.16.156.10011.1.12";
    private const string MedicalRecordNoRoot = "2.16.156.10011.1.13";
    private const string HealthCardRoot = "2.16.156.10011.1.19";
    private const string BedNoRoot = "2.16.156.10011.1.22";
    private const string DepartmentRoot = "2.16.156.10011.1.26";
    private const string AuthorRoot = "2.16.156.10011.1.7";
    private const string StaffRoot = "2.16.156.10011.1.4";
    private const string SexSystem = "2.16.156.10011.2.3.3.4";
    private const string Icd10System = "2.16.156.10011.2.3.3.11";
    private const string VisitTypeSystem = "2.16.156.10011.2.3.1.271";

    private static readonly DocumentTypeDefinition Outpatient = DocumentTypeCatalogue.Default.Find(OutpatientType)!;
    private static readonly DocumentTypeDefinition Discharge = DocumentTypeCatalogue.Default.Find(DischargeType)!;

    /// <summary>The document type a row of this table is sent as, or null when the table is uploaded as table batches.</summary>
    public static string? DocumentTypeFor(TableDefinition table) => table.Code switch
    {
        OutpatientTable => OutpatientType,
        DischargeTable => DischargeType,
        _ => null,
    };

    /// <summary>The finding a deliberate defect must produce.</summary>
    public static IssueDefinition ExpectedIssue(DocumentDefect defect) => defect switch
    {
        DocumentDefect.NationalIdCheckDigit => IssueCodes.CdaNationalIdCheckDigit,
        DocumentDefect.TemplateMismatch => IssueCodes.CdaTemplateMismatch,
        DocumentDefect.RequiredSectionMissing => IssueCodes.CdaRequiredSectionMissing,
        _ => throw new ArgumentOutOfRangeException(nameof(defect), defect, "no defect"),
    };

    public DocumentDefect AnyDefect() => (DocumentDefect)random.Next(1, 4);

    /// <summary>
    /// Fills in what a document always carries and a table row may leave empty: the patient's national ID (the
    /// header's), the author's id (its doctor) and the document's time. A discharge document identifies the
    /// patient by the health card number (root 1.19, which the rules read for patient_id and health_card_no),
    /// so the row's patient id is its health card number.
    /// </summary>
    public void Complete(TableDefinition table, Dictionary<string, string> row)
    {
        if (Value(row, "id_no") is null)
            row["id_no"] = SyntheticPerson.NationalId(random, DateOnly.ParseExact(row["birth_date"], "yyyy-MM-dd", CultureInfo.InvariantCulture));
        switch (table.Code)
        {
            case OutpatientTable:
                if (Value(row, "doctor_id") is null) row["doctor_id"] = StaffId();
                if (Value(row, "record_time") is null) row["record_time"] = row["visit_time"];
                break;
            case DischargeTable:
                if (Value(row, "resident_doctor_id") is null) row["resident_doctor_id"] = StaffId();
                row["health_card_no"] = row["patient_id"];
                break;
        }
    }

    /// <summary>The document of <paramref name="typeCode"/> for a row <see cref="Complete"/> has filled in.</summary>
    public byte[] Create(string typeCode, TableDefinition table, string documentId, IReadOnlyDictionary<string, string> row, DocumentDefect defect) => typeCode switch
    {
        OutpatientType => CreateOutpatient(table, documentId, row, defect),
        DischargeType => CreateDischarge(table, documentId, row, defect),
        _ => throw new ArgumentOutOfRangeException(nameof(typeCode), typeCode, "the demo writes C0002 and C0049 only"),
    };

    private static void Header(CdaWriter xml, DocumentTypeDefinition type, string documentId, string effectiveTime, DocumentDefect defect)
    {
        xml.Empty("realmCode", ("code", "CN"));
        xml.Empty("typeId", ("root", CdaDocumentTypes.TypeIdRoot), ("extension", CdaDocumentTypes.TypeIdExtension));
        xml.Empty("templateId", ("root", defect == DocumentDefect.TemplateMismatch ? NextTemplate(type.TemplateId) : type.TemplateId));
        xml.Id(CdaDocumentTypes.DocumentIdRoot, documentId);
        xml.Empty("code", ("code", type.Code), ("codeSystem", CdaDocumentTypes.CodeSystem), ("codeSystemName", "卫生信息共享文档编码体系"));
        xml.Text("title", type.Title);
        xml.Empty("effectiveTime", ("value", effectiveTime));
        xml.Empty("confidentialityCode", ("code", "N"), ("codeSystem", "2.16.840.1.113883.5.25"), ("codeSystemName", "Confidentiality"), ("displayName", "正常访问保密级别"));
        xml.Empty("languageCode", ("code", "zh-CN"));
    }

    /// <summary>The patient: national ID (GB 11643), name, sex, birth date and, when known, age in years.</summary>
    private void Patient(CdaWriter xml, TableDefinition table, IReadOnlyDictionary<string, string> row, string? age, DocumentDefect defect)
    {
        xml.Start("patient", ("classCode", "PSN"), ("determinerCode", "INSTANCE"));
        var nationalId = row["id_no"];
        xml.Id(NationalIdRoot, defect == DocumentDefect.NationalIdCheckDigit ? WrongCheckCharacter(nationalId) : nationalId);
        xml.Text("name", row["patient_name"]);
        xml.Empty("administrativeGenderCode", ("code", row["sex"]), ("codeSystem", SexSystem), ("codeSystemName", "生理性别代码表(GB/T 2261.1)"),
            ("displayName", Display(table, "sex", row["sex"])));
        xml.Empty("birthTime", ("value", Hl7Date(row["birth_date"])));
        if (age is not null) xml.Empty("age", ("value", age), ("unit", "岁"));
        xml.End();
    }

    private static void Department(CdaWriter xml, IReadOnlyDictionary<string, string> row)
    {
        xml.Start("providerOrganization");
        xml.Id(DepartmentRoot, row["dept_code"]);
        if (Value(row, "dept_name") is { } name) xml.Text("name", name);
        xml.End();
    }

    private static void Author(CdaWriter xml, string time, string staffId, string? staffName)
    {
        xml.Start("author", ("typeCode", "AUT"), ("contextControlCode", "OP"));
        xml.Empty("time", ("value", time));
        xml.Start("assignedAuthor", ("classCode", "ASSIGNED"));
        xml.Id(AuthorRoot, staffId);
        if (staffName is not null)
        {
            xml.Start("assignedPerson");
            xml.Text("name", staffName);
            xml.End();
        }
        xml.End();
        xml.End();
    }

    /// <summary>The custodian is the sender: its platform registry code under root 2.16.156.10011.1.5 (docs/cda.md).</summary>
    private void Custodian(CdaWriter xml)
    {
        xml.Start("custodian", ("typeCode", "CST"));
        xml.Start("assignedCustodian", ("classCode", "ASSIGNED"));
        xml.Start("representedCustodianOrganization", ("classCode", "ORG"), ("determinerCode", "INSTANCE"));
        xml.Id(CdaDocumentTypes.OrganizationRoot, institutionCode);
        xml.Text("name", institutionName);
        xml.End();
        xml.End();
        xml.End();
    }

    private static void Diagnosis(CdaWriter xml, string code, string? name) =>
        xml.Observation("DE05.01.024.00", "诊断代码", () => xml.CodedValue(code, Icd10System, "诊断代码表(ICD-10)", name));

    private string StaffId() => random.Next(1, 10_000).ToString("D5", CultureInfo.InvariantCulture);

    private string Pick(string[] phrases) => phrases[random.Next(phrases.Length)];

    private string WrongCheckCharacter(string nationalId)
    {
        const string characters = "0123456789X";
        var right = characters.IndexOf(char.ToUpperInvariant(nationalId[^1]), StringComparison.Ordinal);
        return nationalId[..^1] + characters[(right + random.Next(1, characters.Length)) % characters.Length];
    }

    private static string NextTemplate(string templateId)
    {
        var number = int.Parse(templateId.AsSpan(CdaDocumentTypes.TemplateRoot.Length), NumberStyles.None, CultureInfo.InvariantCulture);
        return CdaDocumentTypes.TemplateRoot + (number + 1).ToString(CultureInfo.InvariantCulture);
    }

    private static string? Value(IReadOnlyDictionary<string, string> row, string column) =>
        row.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string? Display(TableDefinition table, string column, string code) =>
        table.Column(column).ValueSet?.Codes.GetValueOrDefault(code);

    private static string Hl7Date(string date) =>
        DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Hl7Time(string dateTime) => ParseTime(dateTime).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    private static DateTime ParseTime(string dateTime) => DateTime.ParseExact(dateTime, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
