using HealthExchange.Validation.Catalogues;

namespace HealthExchange.Host.Demo;

/// <summary>
/// C0049 出院记录 from an inpatient_discharge row: the stay in the header (admission to discharge), its four template
/// sections, plus the 入院诊断 (46241-6) and 费用 (48768-6) sections where the row has those values, because the
/// platform's rules read the admission diagnosis from section 46241-6.
/// </summary>
internal sealed partial class CdaDocumentFactory
{
    private const string DischargeDispositionSystem = "2.16.156.10011.2.3.1.265";
    private const string TreatmentOutcomeSystem = "2.16.156.10011.2.3.1.148";
    private const string PaymentMethodSystem = "2.16.156.10011.2.3.1.269";

    private static readonly string[] AdmissionConditions = ["入院时神志清楚，生命体征平稳", "入院时精神差，食欲减退", "入院时一般情况可"];
    private static readonly string[] HospitalCourses = ["入院后完善相关检查，予对症支持治疗，病情好转", "入院后予抗感染及对症治疗，症状缓解", "完善术前检查后行手术治疗，术后恢复良好"];

    private byte[] CreateDischarge(TableDefinition table, string documentId, IReadOnlyDictionary<string, string> row, DocumentDefect defect)
    {
        using var xml = new CdaWriter();
        var admission = Hl7Time(row["admission_time"]);
        var discharge = Hl7Time(row["discharge_time"]);
        Header(xml, Discharge, documentId, discharge, defect);

        xml.Start("recordTarget", ("typeCode", "RCT"), ("contextControlCode", "OP"));
        xml.Start("patientRole", ("classCode", "PAT"));
        xml.Id(InpatientNoRoot, row["inpatient_no"]);
        if (Value(row, "medical_record_no") is { } recordNo) xml.Id(MedicalRecordNoRoot, recordNo);
        xml.Id(HealthCardRoot, row["health_card_no"]);
        if (Value(row, "bed_no") is { } bed) xml.Id(BedNoRoot, bed);
        Patient(xml, table, row, Value(row, "age_years"), defect);
        Department(xml, row);
        xml.End();
        xml.End();

        Author(xml, discharge, row["resident_doctor_id"], Value(row, "resident_doctor_name"));
        Custodian(xml);

        xml.Start("componentOf");
        xml.Start("encompassingEncounter");
        xml.Empty("code", ("code", "3"), ("codeSystem", VisitTypeSystem), ("codeSystemName", "患者类型代码表"), ("displayName", "住院"));
        xml.Start("effectiveTime");
        xml.Empty("low", ("value", admission));
        xml.Empty("high", ("value", discharge));
        xml.End();
        xml.End();
        xml.End();

        xml.Start("component");
        xml.Start("structuredBody");
        xml.Section("11450-4", "Problem list", () =>
        {
            xml.Observation("DE05.10.148.00", "入院情况", () => xml.TextValue(Pick(AdmissionConditions)));
            xml.Observation("DE06.00.092.00", "入院日期时间", () => xml.TimeValue(admission));
        });
        var admissionCode = Value(row, "admission_diagnosis_code");
        var admissionName = Value(row, "admission_diagnosis_name");
        if (admissionCode is not null || admissionName is not null)
            xml.Section("46241-6", "Hospital admission diagnosis", () =>
            {
                if (admissionCode is not null) Diagnosis(xml, admissionCode, admissionName);
                else xml.Observation("DE05.01.025.00", "诊断名称", () => xml.TextValue(admissionName!));
            });
        xml.Section("8648-8", "Hospital course", () =>
        {
            xml.Observation("DE06.00.296.00", "诊疗过程描述", () => xml.TextValue(Pick(HospitalCourses)));
            if (Value(row, "actual_days") is { } days) xml.Observation("DE06.00.310.00", "实际住院天数", () => xml.QuantityValue(days, "天"));
            if (Value(row, "treatment_outcome") is { } outcome)
                xml.Observation("DE05.10.113.00", "治疗结果代码", () => xml.CodedValue(outcome, TreatmentOutcomeSystem, "病情转归代码表", Display(table, "treatment_outcome", outcome)));
        });
        if (defect != DocumentDefect.RequiredSectionMissing)
            xml.Section("11535-2", "Hospital discharge Dx", () =>
            {
                xml.Observation("DE06.00.017.00", "出院日期时间", () => xml.TimeValue(discharge));
                Diagnosis(xml, row["discharge_diagnosis_code"], row["discharge_diagnosis_name"]);
                if (Value(row, "discharge_status") is { } status) xml.Observation("DE06.00.193.00", "出院情况", () => xml.TextValue(status));
                var disposition = row["discharge_disposition"];
                xml.Observation("DE06.00.223.00", "离院方式", () =>
                    xml.CodedValue(disposition, DischargeDispositionSystem, "离院方式代码表", Display(table, "discharge_disposition", disposition)));
            });
        xml.Section("46209-3", "Provider Orders", () =>
        {
            if (Value(row, "discharge_order") is { } order) xml.Observation("DE06.00.287.00", "出院医嘱", () => xml.TextValue(order));
        });
        var payment = Value(row, "medical_payment_method");
        var cost = Value(row, "total_cost");
        if (payment is not null || cost is not null)
            xml.Section("48768-6", "Payment sources", () =>
            {
                if (payment is not null)
                    xml.Observation("DE07.00.007.00", "医疗付费方式代码", () => xml.CodedValue(payment, PaymentMethodSystem, "医疗付费方式代码表", Display(table, "medical_payment_method", payment)));
                if (cost is not null) xml.Observation("DE07.00.010.00", "住院总费用", () => xml.MoneyValue(cost, "元"));
            });
        xml.End();
        xml.End();
        return xml.Finish();
    }
}
