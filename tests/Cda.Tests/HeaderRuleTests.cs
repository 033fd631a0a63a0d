using System.Text;
using HealthExchange.Cda.Checking;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Issues;
using Xunit;

namespace HealthExchange.Cda.Tests;

/// <summary>Each header, type and body rule on its own: the valid synthetic document with one thing broken.</summary>
public class HeaderRuleTests
{
    private static readonly DateTime VisitTime = new(2024, 1, 10, 9, 30, 0);
    private static string Valid => SomeCda.OutpatientXml("DOC-H1", "V0001", VisitTime);

    private static CdaResult Broken(string find, string replace, string? institution = Some.Hospital)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return CdaTestKit.Validate(Encoding.UTF8.GetBytes(Valid.Replace(find, replace, StringComparison.Ordinal)), institution: institution);
    }

    private static ValidationIssue Single(CdaResult result, string code) =>
        Assert.Single(result.Issues, issue => issue.Code == code);

    [Theory]
    [InlineData("<realmCode code=\"CN\"/>", "<realmCode code=\"US\"/>", "HX4101")]
    [InlineData("extension=\"POCD_MT000040\"", "extension=\"POCD_HD000040\"", "HX4102")]
    [InlineData("root=\"2.16.156.10011.1.1\"", "root=\"2.16.156.10011.1.99\"", "HX4103")]
    [InlineData("extension=\"DOC-H1\"", "extension=\"DOC H1 with blanks\"", "HX4103")]
    [InlineData("<effectiveTime value=\"20240110100000\"/>", "<effectiveTime value=\"2024-01-10\"/>", "HX4104")]
    [InlineData("<time value=\"20240110093000\"/>", "<time/>", "HX4108")]
    [InlineData("<id root=\"2.16.156.10011.1.5\" extension=\"H320100001\"/>", "<id root=\"2.16.156.10011.1.99\" extension=\"H320100001\"/>", "HX4109")]
    public void A_header_error_is_found_and_rejects_the_document(string find, string replace, string code)
    {
        var result = Broken(find, replace);
        Assert.Equal(IssueSeverity.Error, Single(result, code).Severity);
        Assert.False(result.Passed);
        Assert.NotNull(Single(result, code).Row); // the XML line it stands on
    }

    [Fact]
    public void A_missing_national_id_is_a_warning_only()
    {
        var result = Broken($"<id root=\"2.16.156.10011.1.3\" extension=\"{Some.NationalId(new DateOnly(1980, 5, 17))}\"/>", "");
        Assert.Equal(IssueSeverity.Warning, Single(result, "HX4105").Severity);
        Assert.True(result.Passed, string.Join("\n", result.Issues));
    }

    [Fact]
    public void A_malformed_national_id_is_an_error_and_masked()
    {
        var result = Broken(Some.NationalId(new DateOnly(1980, 5, 17)), "32010219800517ABCD");
        Assert.Equal("32***************D", Single(result, "HX4106").Value);
    }

    [Fact]
    public void A_wrong_check_digit_is_reported_masked_by_the_header_and_by_the_rows()
    {
        var id = Some.NationalId(new DateOnly(1980, 5, 17));
        var wrong = id[..17] + (id[17] == '0' ? '1' : '0');
        var result = Broken(id, wrong);
        Assert.Equal(PersonalDataMask.Mask(PersonalDataClass.NationalId, wrong), Single(result, "HX4107").Value);
        Assert.Contains(result.Issues, issue => issue.Code == "HX2111" && issue.Column == "outpatient_visit.id_no");
        Assert.DoesNotContain(result.Issues, issue => issue.Value == wrong || (issue.Detail ?? "").Contains(wrong, StringComparison.Ordinal));
    }

    [Fact]
    public void The_custodian_must_be_the_sender_another_registered_institution_is_an_error()
    {
        var result = Broken("extension=\"H320100001\"/>", "extension=\"H320100002\"/>");
        Assert.Equal(IssueSeverity.Error, Single(result, "HX4110").Severity);
    }

    [Fact]
    public void A_custodian_id_from_another_code_system_is_a_warning()
    {
        var result = Broken("extension=\"H320100001\"/>", "extension=\"12320000466000000X\"/>");
        Assert.Equal(IssueSeverity.Warning, Single(result, "HX4111").Severity);
        Assert.True(result.Passed);
    }

    [Fact]
    public void Offline_without_a_sender_a_registered_custodian_is_fine()
    {
        var result = Broken("extension=\"H320100001\"/>", "extension=\"H320100002\"/>", institution: null);
        Assert.True(result.Passed, string.Join("\n", result.Issues));
    }

    [Fact]
    public void A_template_that_names_another_type_than_the_code_is_reported_and_the_code_decides()
    {
        var result = Broken("2.16.156.10011.2.1.1.22", "2.16.156.10011.2.1.1.43");
        var issue = Single(result, "HX4202");
        Assert.Contains("C0023 入院评估", issue.Detail, StringComparison.Ordinal);
        Assert.Equal("C0002", result.TypeCode);
        Assert.Contains(result.Tables, table => table.Table.Code == "outpatient_visit");
    }

    [Fact]
    public void A_code_outside_the_document_code_system_is_reported()
    {
        var result = Broken("codeSystem=\"2.16.156.10011.2.4\"", "codeSystem=\"2.16.156.10011.2.99\"");
        Assert.Equal(IssueSeverity.Error, Single(result, "HX4201").Severity);
        Assert.Equal("C0002", result.TypeCode); // known from the templateId
    }

    [Fact]
    public void An_unknown_document_type_is_reported()
    {
        var result = Broken("code=\"C0002\"", "code=\"C0099\"");
        Assert.Single(result.Issues, issue => issue.Code == "HX4203");
        Assert.Empty(result.Tables);
    }

    [Fact]
    public void A_title_that_is_not_the_types_is_a_warning()
    {
        Assert.Equal(IssueSeverity.Warning, Single(Broken("<title>门(急)诊病历</title>", "<title>门诊记录</title>"), "HX4205").Severity);
        Assert.True(Broken("<title>门(急)诊病历</title>", "<title>门（急）诊病历</title>").Passed);
    }

    [Fact]
    public void A_required_section_missing_is_an_error_a_template_section_only_a_warning()
    {
        var required = Broken("code=\"29548-5\"", "code=\"29549-3\"");
        Assert.Equal("29548-5", Single(required, "HX4301").Value);
        var optional = Broken("code=\"18776-5\"", "code=\"18777-3\"");
        Assert.Equal("18776-5", Single(optional, "HX4302").Value);
        Assert.DoesNotContain(optional.Issues, issue => issue.Code == "HX4301");
    }

    [Fact]
    public void A_required_data_element_missing_is_an_error()
    {
        var result = Broken("code=\"DE04.01.119.00\"", "code=\"DE04.01.118.00\"");
        Assert.Equal("DE04.01.119.00", Single(result, "HX4303").Value);
    }

    [Fact]
    public void A_malformed_data_element_identifier_and_a_section_without_code_are_warnings()
    {
        Assert.Equal("DE06.00.300", Single(Broken("code=\"DE06.00.300.00\"", "code=\"DE06.00.300\""), "HX4305").Value);
        var noCode = Broken("<code code=\"46209-3\" codeSystem=\"2.16.840.1.113883.6.1\" codeSystemName=\"LOINC\" displayName=\"Provider Orders\"/>", "<code displayName=\"医嘱\"/>");
        Assert.Equal(IssueSeverity.Warning, Single(noCode, "HX4306").Severity);
    }

    [Fact]
    public void A_coded_value_outside_its_value_set_is_an_error_in_the_document_and_in_the_row()
    {
        var result = Broken("<administrativeGenderCode code=\"1\"", "<administrativeGenderCode code=\"7\"");
        Assert.Contains("gb_t_2261_1_sex", Single(result, "HX4304").Detail, StringComparison.Ordinal);
        Assert.Contains(result.Issues, issue => issue.Code == "HX2107" && issue.Column == "outpatient_visit.sex");
        Assert.Contains(result.Issues, issue => issue.Code == "HX4402");
    }

    [Fact]
    public void A_type_without_extraction_rules_is_kept_with_a_warning()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", "wst500", "XMap_instance_C0023_入院评估.xml"));
        var result = CdaTestKit.Validate(bytes);
        Assert.Equal(IssueSeverity.Warning, Single(result, "HX4204").Severity);
        Assert.Empty(result.Tables);
    }

    [Fact]
    public void A_table_missing_from_the_institutions_catalogue_is_skipped_with_a_warning()
    {
        var hospital = Some.HospitalCatalogue;
        var reduced = new TableCatalogue(hospital.Id, hospital.Version, hospital.Kind, hospital.NameZh, hospital.NameEn, hospital.RequiredTables,
            hospital.RealtimeForms, hospital.Tables.Where(t => t.Code != "outpatient_medical_record").ToList());
        var context = new CdaCheckContext(Some.Hospital, CdaTestKit.Registry.Contains, reduced, CdaTestKit.UploadedAt);
        var result = CdaTestKit.Validator().Validate(Encoding.UTF8.GetBytes(Valid), context);
        Assert.Equal("outpatient_medical_record", Single(result, "HX4401").Column);
        Assert.Single(result.Tables);
    }

    [Fact]
    public void Schema_findings_carry_their_line_and_can_be_switched_off()
    {
        var invalid = Valid.Replace("<languageCode code=\"zh-CN\"/>", "<languageCode code=\"zh-CN\"/><bogus/>", StringComparison.Ordinal);
        var result = CdaTestKit.Validate(Encoding.UTF8.GetBytes(invalid));
        var issue = Assert.Single(result.Issues, i => i.Code == "HX4020");
        Assert.Equal(11, issue.Row);
        var unchecked_ = CdaTestKit.Validate(Encoding.UTF8.GetBytes(invalid), new CdaOptions { SchemaValidation = false });
        Assert.DoesNotContain(unchecked_.Issues, i => i.Code == "HX4020");
    }
}
