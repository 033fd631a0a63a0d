using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Validation.Tests;

public class RowValidatorTests
{
    private static readonly ValidationContext UploadedApril20 = new(new DateTime(2022, 4, 20, 12, 0, 0));

    private static ValidatedRow Validate(Action<Dictionary<string, string>> change)
    {
        var row = Some.OutpatientRow("V1", new DateTime(2022, 4, 20, 9, 30, 0));
        change(row);
        var table = Some.OutpatientTable;
        var values = table.Columns.Select(column => row.TryGetValue(column.Name, out var v) && v.Length > 0 ? v : null).ToArray();
        return RowValidator.Validate(table, new SourceRow(1, values, "raw"), UploadedApril20);
    }

    private static void AssertOnly(ValidatedRow row, IssueDefinition expected, string column)
    {
        var issue = Assert.Single(row.Issues);
        Assert.Equal(expected.Code, issue.Code);
        Assert.Equal(column, issue.Column);
        Assert.Equal(expected.Severity == IssueSeverity.Error, row.Rejected);
    }

    [Fact]
    public void A_valid_row_passes_with_typed_values()
    {
        var row = Validate(_ => { });
        Assert.Empty(row.Issues);
        var table = Some.OutpatientTable;
        Assert.Equal(new DateTime(2022, 4, 20, 9, 30, 0), row.Values[table.IndexOf("visit_time")]);
        Assert.Equal(new DateOnly(1980, 5, 17), row.Values[table.IndexOf("birth_date")]);
        Assert.Equal(123.45m, row.Values[table.IndexOf("fee_total")]);
    }

    [Fact] public void Required_missing() => AssertOnly(Validate(r => r.Remove("diagnosis_code")), IssueCodes.RequiredMissing, "diagnosis_code");
    [Fact] public void Too_long() => AssertOnly(Validate(r => r["visit_no"] = new string('9', 33)), IssueCodes.TooLong, "visit_no");
    [Fact] public void Not_in_value_set() => AssertOnly(Validate(r => r["sex"] = "7"), IssueCodes.NotInValueSet, "sex");
    [Fact] public void Icd10_structure() => AssertOnly(Validate(r => r["diagnosis_code"] = "flu"), IssueCodes.NotInValueSet, "diagnosis_code");
    [Fact] public void Decimal_precision() => AssertOnly(Validate(r => r["fee_total"] = "1.234"), IssueCodes.NotDecimal, "fee_total");
    [Fact] public void Bad_date() => AssertOnly(Validate(r => r["birth_date"] = "1980-02-30"), IssueCodes.BadDate, "birth_date");
    [Fact] public void Bad_datetime() => AssertOnly(Validate(r => r["visit_time"] = "yesterday"), IssueCodes.BadDateTime, "visit_time");
    [Fact] public void Compact_datetime_is_accepted() => Assert.Empty(Validate(r => r["visit_time"] = "20220420093000").Issues);
    [Fact] public void Future_event() => AssertOnly(Validate(r => r["visit_time"] = "2022-04-21 09:00:00"), IssueCodes.DateInFuture, "visit_time");
    [Fact] public void Clock_skew_within_ten_minutes_is_tolerated() => Assert.Empty(Validate(r => r["visit_time"] = "2022-04-20 12:09:00").Issues);

    [Fact]
    public void Before_1900()
    {
        var row = Validate(r => { r["birth_date"] = "1899-12-31"; r["id_type"] = "99"; });
        Assert.Contains(row.Issues, issue => issue.Code == IssueCodes.DateBefore1900.Code);
    }

    [Fact]
    public void National_id_check_digit_is_an_error_and_the_value_is_masked()
    {
        var row = Validate(r => r["id_no"] = "420106201101011919");
        var issue = Assert.Single(row.Issues);
        Assert.Equal(IssueCodes.NationalIdCheckDigit.Code, issue.Code);
        Assert.DoesNotContain("201101011", issue.Value, StringComparison.Ordinal);
        Assert.True(row.Rejected);
    }

    [Fact]
    public void National_id_birth_date_must_agree_with_the_birth_date_column() =>
        AssertOnly(Validate(r => r["birth_date"] = "1980-05-18"), IssueCodes.NationalIdBirthDate, "id_no");

    [Fact]
    public void National_id_shape() => AssertOnly(Validate(r => r["id_no"] = "12345"), IssueCodes.NationalIdFormat, "id_no");

    [Fact]
    public void Other_id_documents_are_not_checked_as_GB_11643() =>
        Assert.Empty(Validate(r => { r["id_type"] = Some.OutpatientTable.Column("id_type").ValueSet!.Codes.Keys.First(code => code != "01"); r["id_no"] = "E12345678"; }).Issues);

    [Fact]
    public void All_findings_of_a_row_are_collected_not_only_the_first()
    {
        var row = Validate(r => { r["sex"] = "7"; r["fee_total"] = "abc"; r.Remove("patient_name"); });
        Assert.Equal(3, row.Issues.Count);
    }

    [Fact]
    public void Messages_are_bilingual()
    {
        var issue = Assert.Single(Validate(r => r["sex"] = "7").Issues);
        Assert.Contains("值域", issue.MessageZh, StringComparison.Ordinal);
        Assert.Contains("value set", issue.MessageEn, StringComparison.Ordinal);
    }

    private static ValidatedRow Department(Action<Dictionary<string, string>> change)
    {
        var table = Some.HospitalTable("dict_department");
        var row = new Dictionary<string, string>
        {
            ["local_dept_code"] = "0101", ["local_dept_name"] = "心内科", ["dept_code"] = Some.FirstCode(table, "dept_code"),
            ["dept_type"] = Some.FirstCode(table, "dept_type"), ["valid_from"] = "2020-01-01", ["is_active"] = "1",
            ["is_outpatient"] = "是", ["approved_beds"] = "42",
        };
        change(row);
        return RowValidator.Validate(table, Some.Row(table, row), UploadedApril20);
    }

    [Fact]
    public void Integer_and_boolean_values_pass_typed()
    {
        var row = Department(_ => { });
        Assert.Empty(row.Issues);
        var table = Some.HospitalTable("dict_department");
        Assert.Equal(42L, row.Values[table.IndexOf("approved_beds")]);
        Assert.Equal(true, row.Values[table.IndexOf("is_outpatient")]);
        Assert.Equal(true, row.Values[table.IndexOf("is_active")]);
    }

    [Fact] public void Not_an_integer() => AssertOnly(Department(r => r["approved_beds"] = "4.5"), IssueCodes.NotInteger, "approved_beds");
    [Fact] public void Not_a_boolean() => AssertOnly(Department(r => r["is_outpatient"] = "maybe"), IssueCodes.BadBoolean, "is_outpatient");
    [Fact] public void Date_order_within_a_dictionary_entry() => AssertOnly(Department(r => r["valid_to"] = "2019-12-31"), IssueCodes.DateOrder, "valid_to");
}
