using System.Globalization;
using System.Text;

namespace HealthExchange.TestData;

/// <summary>
/// A valid WS/T 500 C0002 门(急)诊病历 that passes every check (schema included) and yields an outpatient_visit
/// row equal in its key and event time to <see cref="Some.OutpatientRow"/> for the same visit. Tests break one
/// thing at a time with string replacements.
/// </summary>
public static class SomeCda
{
    public static string OutpatientXml(string documentId, string visitNo, DateTime visitTime, string custodian = Some.Hospital)
    {
        var birth = new DateOnly(1980, 5, 17);
        string Ts(DateTime t) => t.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        string Section(string loinc, string title, string element, string value) => $"""
                    <component>
                      <section>
                        <code code="{loinc}" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="{title}"/>
                        <text/>
                        <entry>
                          <observation classCode="OBS" moodCode="EVN">
                            <code code="{element}" codeSystem="2.16.156.10011.2.2.1" codeSystemName="卫生信息数据元目录"/>
                            {value}
                          </observation>
                        </entry>
                      </section>
                    </component>
            """;
        return $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <realmCode code="CN"/>
              <typeId root="2.16.840.1.113883.1.3" extension="POCD_MT000040"/>
              <templateId root="2.16.156.10011.2.1.1.22"/>
              <id root="2.16.156.10011.1.1" extension="{documentId}"/>
              <code code="C0002" codeSystem="2.16.156.10011.2.4" codeSystemName="卫生信息共享文档编码体系"/>
              <title>门(急)诊病历</title>
              <effectiveTime value="{Ts(visitTime.AddMinutes(30))}"/>
              <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25" codeSystemName="Confidentiality" displayName="正常访问保密级别"/>
              <languageCode code="zh-CN"/>
              <recordTarget typeCode="RCT" contextControlCode="OP">
                <patientRole classCode="PAT">
                  <id root="2.16.156.10011.1.11" extension="{visitNo}"/>
                  <id root="2.16.156.10011.1.19" extension="P{visitNo}"/>
                  <telecom value="13800001234"/>
                  <patient classCode="PSN" determinerCode="INSTANCE">
                    <id root="2.16.156.10011.1.3" extension="{Some.NationalId(birth)}"/>
                    <name>王某</name>
                    <administrativeGenderCode code="1" codeSystem="2.16.156.10011.2.3.3.4" codeSystemName="生理性别代码表(GB/T 2261.1)" displayName="男"/>
                    <birthTime value="{birth:yyyyMMdd}"/>
                  </patient>
                  <providerOrganization>
                    <id root="2.16.156.10011.1.26" extension="{Some.FirstCode("dept_code")}"/>
                    <name>内科</name>
                  </providerOrganization>
                </patientRole>
              </recordTarget>
              <author typeCode="AUT" contextControlCode="OP">
                <time value="{Ts(visitTime)}"/>
                <assignedAuthor classCode="ASSIGNED">
                  <id root="2.16.156.10011.1.7" extension="D001"/>
                  <assignedPerson>
                    <name>李医生</name>
                  </assignedPerson>
                </assignedAuthor>
              </author>
              <custodian typeCode="CST">
                <assignedCustodian classCode="ASSIGNED">
                  <representedCustodianOrganization classCode="ORG" determinerCode="INSTANCE">
                    <id root="2.16.156.10011.1.5" extension="{custodian}"/>
                    <name>医院</name>
                  </representedCustodianOrganization>
                </assignedCustodian>
              </custodian>
              <componentOf>
                <encompassingEncounter>
                  <effectiveTime value="{Ts(visitTime)}"/>
                </encompassingEncounter>
              </componentOf>
              <component>
                <structuredBody>
            {Section("48765-2", "Allergies", "DE02.10.022.00", "<value xsi:type=\"ST\">无</value>")}
            {Section("10154-3", "CHIEF COMPLAINT", "DE04.01.119.00", "<value xsi:type=\"ST\">咳嗽3天</value>")}
            {Section("10164-2", "HISTORY OF PRESENT ILLNESS", "DE02.10.071.00", "<value xsi:type=\"ST\">3天前受凉后咳嗽</value>")}
            {Section("11348-0", "HISTORY OF PAST ILLNESS", "DE02.10.099.00", "<value xsi:type=\"ST\">体健</value>")}
            {Section("29545-1", "PHYSICAL EXAMINATION", "DE04.10.258.00", "<value xsi:type=\"ST\">咽部充血</value>")}
            {Section("30954-2", "STUDIES SUMMARY", "DE04.30.009.00", "<value xsi:type=\"ST\">血常规未见异常</value>")}
            {Section("29548-5", "Diagnosis", "DE05.01.024.00", "<value xsi:type=\"CD\" code=\"J06.9\" displayName=\"急性上呼吸道感染\" codeSystem=\"2.16.156.10011.2.3.3.11\" codeSystemName=\"ICD-10\"/>")}
            {Section("18776-5", "TREATMENT PLAN", "DE06.00.300.00", "<value xsi:type=\"ST\">对症治疗</value>")}
            {Section("46209-3", "Provider Orders", "DE06.00.288.00", "<value xsi:type=\"ST\">多饮水</value>")}
                </structuredBody>
              </component>
            </ClinicalDocument>
            """;
    }

    public static byte[] Outpatient(string documentId, string visitNo, DateTime visitTime, string custodian = Some.Hospital) =>
        Encoding.UTF8.GetBytes(OutpatientXml(documentId, visitNo, visitTime, custodian));
}
