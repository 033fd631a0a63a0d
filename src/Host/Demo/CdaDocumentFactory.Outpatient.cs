using System.Globalization;
using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Host.Demo;

/// <summary>C0002 门(急)诊病历 from an outpatient_visit row: the visit in the header, the record in the nine template sections.</summary>
internal sealed partial class CdaDocumentFactory
{
    private const string FirstVisitSystem = "2.16.156.10011.2.3.2.39";

    /// <summary>Chief complaints that fit the demo's sample diagnoses (SyntheticRows' ICD-10 samples).</summary>
    private static readonly Dictionary<string, string> Complaints = new(StringComparer.Ordinal)
    {
        ["J06.9"] = "咽痛、流涕2天", ["I10"] = "头晕3天", ["E11.9"] = "口干、多饮1月", ["K29.7"] = "上腹部隐痛1周",
        ["M54.5"] = "腰痛2周", ["J20.9"] = "咳嗽、咳痰5天", ["R51"] = "头痛3天", ["N39.0"] = "尿频、尿急2天",
        ["H10.9"] = "双眼发红、异物感1天", ["L30.9"] = "皮肤瘙痒伴皮疹3天",
    };

    private static readonly string[] PastHistories = ["既往体健", "高血压病史5年，规律服药", "否认慢性病史", "2型糖尿病史3年"];
    private static readonly string[] Allergies = ["否认药物及食物过敏史", "青霉素过敏"];
    private static readonly string[] Examinations = ["神志清楚，心肺听诊未闻及异常", "咽部充血，双侧扁桃体无肿大", "腹软，上腹部轻压痛，无反跳痛", "生命体征平稳，余未见明显异常"];
    private static readonly string[] Studies = ["血常规未见明显异常", "尿常规白细胞升高", "心电图未见异常"];
    private static readonly string[] Principles = ["对症治疗", "口服药物治疗，定期复查", "健康宣教，随访观察"];
    private static readonly string[] Advice = ["注意休息，多饮水，不适随诊", "低盐低脂饮食，监测血压", "按时服药，一周后复诊"];
    private static readonly string[] Orders = ["口服药物治疗", "血常规检查", "健康指导"];

    private byte[] CreateOutpatient(TableDefinition table, string documentId, IReadOnlyDictionary<string, string> row, DocumentDefect defect)
    {
        using var xml = new CdaWriter();
        var visitTime = Hl7Time(row["visit_time"]);
        var recordTime = Hl7Time(row["record_time"]);
        Header(xml, Outpatient, documentId, recordTime, defect);

        xml.Start("recordTarget", ("typeCode", "RCT"), ("contextControlCode", "OP"));
        xml.Start("patientRole", ("classCode", "PAT"));
        xml.Id(VisitNoRoot, row["visit_no"]);
        xml.Id(HealthCardRoot, row["patient_id"]);
        if (Value(row, "phone") is { } phone) xml.Empty("telecom", ("value", phone));
        Patient(xml, table, row, AgeAt(row["birth_date"], ParseTime(row["visit_time"])), defect);
        Department(xml, row);
        xml.End();
        xml.End();

        var doctorName = Value(row, "doctor_name");
        Author(xml, visitTime, row["doctor_id"], doctorName);
        Custodian(xml);
        xml.Start("legalAuthenticator");
        xml.Empty("time", ("value", recordTime));
        xml.Empty("signatureCode", ("code", "S"));
        xml.Start("assignedEntity");
        xml.Id(StaffRoot, row["doctor_id"]);
        if (doctorName is not null)
        {
            xml.Start("assignedPerson");
            xml.Text("name", doctorName);
            xml.End();
        }
        xml.End();
        xml.End();

        xml.Start("componentOf");
        xml.Start("encompassingEncounter");
        xml.Empty("code", ("code", row["visit_type"]), ("codeSystem", VisitTypeSystem), ("codeSystemName", "患者类型代码表"), ("displayName", Display(table, "visit_type", row["visit_type"])));
        xml.Empty("effectiveTime", ("value", visitTime));
        xml.End();
        xml.End();

        var complaint = Complaints.GetValueOrDefault(row["diagnosis_code"], "身体不适3天");
        xml.Start("component");
        xml.Start("structuredBody");
        xml.Section("48765-2", "Allergies, adverse reactions, alerts", () =>
            xml.Observation("DE02.10.022.00", "过敏史", () => xml.TextValue(Pick(Allergies))));
        if (defect != DocumentDefect.RequiredSectionMissing)
            xml.Section("10154-3", "CHIEF COMPLAINT", () => xml.Observation("DE04.01.119.00", "主诉", () => xml.TextValue(complaint)));
        xml.Section("10164-2", "HISTORY OF PRESENT ILLNESS", () =>
            xml.Observation("DE02.10.071.00", "现病史", () => xml.TextValue($"患者{complaint}，未经系统诊治，今来我院就诊。")));
        xml.Section("11348-0", "HISTORY OF PAST ILLNESS", () => xml.Observation("DE02.10.099.00", "既往史", () => xml.TextValue(Pick(PastHistories))));
        xml.Section("29545-1", "PHYSICAL EXAMINATION", () => xml.Observation("DE04.10.258.00", "体格检查", () => xml.TextValue(Pick(Examinations))));
        xml.Section("30954-2", "STUDIES SUMMARY", () => xml.Observation("DE04.30.009.00", "辅助检查结果", () => xml.TextValue(Pick(Studies))));
        xml.Section("29548-5", "Diagnosis", () =>
        {
            if (Value(row, "is_first_visit") is { } first)
                xml.Observation("DE06.00.196.00", "初诊标志代码", () => xml.CodedValue(first, FirstVisitSystem, "初诊标志代码表", Display(table, "is_first_visit", first)));
            Diagnosis(xml, row["diagnosis_code"], Value(row, "diagnosis_name"));
        });
        xml.Section("18776-5", "TREATMENT PLAN", () =>
        {
            xml.Observation("DE06.00.300.00", "治则治法", () => xml.TextValue(Pick(Principles)));
            xml.Observation("DE06.00.018.00", "处理及指导意见", () => xml.TextValue(Pick(Advice)));
        });
        xml.Section("46209-3", "Provider Orders", () => xml.Observation("DE06.00.288.00", "医嘱项目内容", () => xml.TextValue(Pick(Orders))));
        xml.End();
        xml.End();
        return xml.Finish();
    }

    private static string AgeAt(string birthDate, DateTime at)
    {
        var birth = DateOnly.ParseExact(birthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var day = DateOnly.FromDateTime(at);
        var age = day.Year - birth.Year - (day < birth.AddYears(day.Year - birth.Year) ? 1 : 0);
        return Math.Max(0, age).ToString(CultureInfo.InvariantCulture);
    }
}
