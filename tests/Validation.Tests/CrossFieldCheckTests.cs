using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using Xunit;

namespace HealthExchange.Validation.Tests;

/// <summary>The catalogue's cross-field checks (HX2115) on the shipped tables, each with passing and failing rows.</summary>
public class CrossFieldCheckTests
{
    private static readonly ValidationContext UploadedMay1 = new(new DateTime(2022, 5, 1, 12, 0, 0));

    private static ValidatedRow Discharge(Action<Dictionary<string, string>> change)
    {
        var row = Some.DischargeRow("Z1", new DateTime(2022, 4, 10, 9, 0, 0), new DateTime(2022, 4, 20, 10, 30, 0));
        change(row);
        var table = Some.HospitalTable("inpatient_discharge");
        return RowValidator.Validate(table, Some.Row(table, row), UploadedMay1);
    }

    [Fact]
    public void The_shipped_discharge_table_declares_its_order_checks()
    {
        var checks = Some.HospitalTable("inpatient_discharge").Checks;
        Assert.Contains(new TableCheck(TableCheckRule.NotBefore, "discharge_time", "admission_time"), checks);
        Assert.Contains(new TableCheck(TableCheckRule.NotAfter, "birth_date", "discharge_time"), checks);
    }

    [Fact]
    public void A_discharge_after_admission_passes() => Assert.Empty(Discharge(_ => { }).Issues);

    [Fact]
    public void A_discharge_at_the_admission_moment_passes() =>
        Assert.Empty(Discharge(r => r["discharge_time"] = r["admission_time"]).Issues);

    [Fact]
    public void A_discharge_before_admission_is_rejected_with_both_times_named()
    {
        var row = Discharge(r => r["discharge_time"] = "2022-04-10 08:59:59");
        var issue = Assert.Single(row.Issues);
        Assert.True(row.Rejected);
        Assert.Equal((IssueCodes.DateOrder.Code, "discharge_time", "2022-04-10 08:59:59"), (issue.Code, issue.Column, issue.Value));
        Assert.Equal("discharge_time 2022-04-10 08:59:59 < admission_time 2022-04-10 09:00:00", issue.Detail);
        Assert.Contains("出院时间不得早于入院时间", issue.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void A_birth_on_the_discharge_day_passes_and_a_birth_after_it_is_rejected()
    {
        Assert.DoesNotContain(Discharge(r => { r["birth_date"] = "2022-04-20"; r["admission_time"] = "2022-04-20 08:00:00"; }).Issues,
            issue => issue.Code == IssueCodes.DateOrder.Code);
        var row = Discharge(r => r["birth_date"] = "2022-04-21");
        var issue = Assert.Single(row.Issues, i => i.Code == IssueCodes.DateOrder.Code && i.Column == "birth_date");
        Assert.Equal("birth_date 2022-04-21 > discharge_time 2022-04-20 10:30:00", issue.Detail);
    }

    [Fact]
    public void A_check_is_skipped_when_a_value_is_missing_or_malformed_because_that_has_its_own_finding()
    {
        Assert.Equal([IssueCodes.BadDateTime.Code], Discharge(r => r["admission_time"] = "10/04/2022").Issues.Select(i => i.Code));
        Assert.Equal([IssueCodes.RequiredMissing.Code], Discharge(r => r.Remove("admission_time")).Issues.Select(i => i.Code));
    }

    [Fact]
    public void A_date_against_a_date_time_compares_calendar_days()
    {
        // nosocomial_infection_case: infection_date (date) not before admission_time (datetime).
        var table = Some.HospitalTable("nosocomial_infection_case");
        Assert.Contains(new TableCheck(TableCheckRule.NotBefore, "infection_date", "admission_time"), table.Checks);
        var plan = TableCheckPlan.For(table);
        var check = Assert.Single(plan.OrderChecks, c => table.Columns[c.ColumnOrdinal].Name == "infection_date" && table.Columns[c.ReferenceOrdinal].Name == "admission_time");
        Assert.Equal(TableCheckRule.NotBefore, check.Rule);

        string?[] Values(string infection, string admission)
        {
            var values = new string?[table.Columns.Count];
            values[table.IndexOf("infection_date")] = infection;
            values[table.IndexOf("admission_time")] = admission;
            return values;
        }
        bool OutOfOrder(string infection, string admission) =>
            RowValidator.Validate(table, new Reading.SourceRow(1, Values(infection, admission), "raw"), UploadedMay1).Issues
                .Any(issue => issue.Code == IssueCodes.DateOrder.Code);

        Assert.False(OutOfOrder("2022-04-10", "2022-04-10 23:00:00"));
        Assert.False(OutOfOrder("2022-04-11", "2022-04-10 23:00:00"));
        Assert.True(OutOfOrder("2022-04-09", "2022-04-10 00:00:00"));
    }

    [Fact]
    public void A_lab_report_before_its_specimen_was_taken_is_rejected()
    {
        var table = Some.HospitalTable("lab_report");
        var values = new string?[table.Columns.Count];
        values[table.IndexOf("specimen_collect_time")] = "2022-04-20 08:00:00";
        values[table.IndexOf("specimen_receive_time")] = "2022-04-20 08:30:00";
        values[table.IndexOf("report_time")] = "2022-04-20 10:00:00";
        List<string?> OrderColumns() => RowValidator.Validate(table, new Reading.SourceRow(1, values, "raw"), UploadedMay1).Issues
            .Where(issue => issue.Code == IssueCodes.DateOrder.Code).Select(issue => issue.Column).ToList();

        Assert.Empty(OrderColumns());
        values[table.IndexOf("report_time")] = "2022-04-20 07:59:00";
        Assert.Equal(["report_time", "report_time"], OrderColumns()); // before collection and before receipt
        values[table.IndexOf("report_time")] = "2022-04-20 10:00:00";
        values[table.IndexOf("specimen_receive_time")] = "2022-04-20 07:00:00";
        Assert.Equal(["specimen_receive_time"], OrderColumns());
    }
}
