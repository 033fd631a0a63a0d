using System.Text;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Validation.Tests;

public class BatchValidatorTests
{
    [Fact]
    public void A_business_key_repeated_in_a_batch_rejects_the_later_rows()
    {
        var day = new DateOnly(2022, 4, 20);
        var first = Some.OutpatientRow("DUP", day.ToDateTime(new TimeOnly(9, 0)));
        var again = Some.OutpatientRow("DUP", day.ToDateTime(new TimeOnly(10, 0)));
        var other = Some.OutpatientRow("OK", day.ToDateTime(new TimeOnly(11, 0)));
        using var reader = new CsvTableReader(Some.OutpatientTable, new MemoryStream(Some.OutpatientCsv(first, again, other)), Encoding.UTF8);
        var rows = BatchValidator.Validate(Some.OutpatientTable, reader, new ValidationContext(new DateTime(2022, 4, 21))).ToList();
        Assert.False(rows[0].Rejected);
        Assert.Equal(IssueCodes.DuplicateKeyInBatch.Code, Assert.Single(rows[1].Issues).Code);
        Assert.False(rows[2].Rejected);
    }

    [Fact]
    public void Summary_counts_add_up()
    {
        var day = new DateOnly(2022, 4, 20);
        var rows = Some.Visits("S", 10, day);
        rows[3]["sex"] = "7";
        rows[7].Remove("visit_time");
        using var reader = new CsvTableReader(Some.OutpatientTable, new MemoryStream(Some.OutpatientCsv(rows)), Encoding.UTF8);
        var summary = new BatchSummary();
        foreach (var row in BatchValidator.Validate(Some.OutpatientTable, reader, new ValidationContext(new DateTime(2022, 4, 21))))
            summary.Add(row);
        Assert.Equal(10, summary.Received);
        Assert.Equal(8, summary.Accepted);
        Assert.Equal(2, summary.Rejected);
        Assert.Equal(1, summary.IssueCounts[IssueCodes.NotInValueSet.Code]);
        Assert.Equal(1, summary.IssueCounts[IssueCodes.RequiredMissing.Code]);
    }

    [Fact]
    public void A_rejected_row_keeps_its_raw_text_as_sent_while_accepted_rows_do_not_hold_theirs()
    {
        var day = new DateOnly(2022, 4, 20);
        var rows = Some.Visits("RAW", 3, day);
        rows[1]["sex"] = "7";
        rows[1]["diagnosis_name"] = "说 \"急性\"\n第二行, 内科";
        using var reader = new CsvTableReader(Some.OutpatientTable, new MemoryStream(Some.OutpatientCsv(rows)), Encoding.UTF8);
        var validated = BatchValidator.Validate(Some.OutpatientTable, reader, new ValidationContext(new DateTime(2022, 4, 21))).ToList();

        var sent = Some.Csv(Some.OutpatientTable, [rows[1]]);
        var expectedRaw = sent[(sent.IndexOf('\n', StringComparison.Ordinal) + 1)..].TrimEnd('\n');
        Assert.True(validated[1].Rejected);
        Assert.Equal(expectedRaw, validated[1].Source.Raw);
        Assert.Contains("\"说 \"\"急性\"\"\n第二行, 内科\"", validated[1].Source.Raw, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => validated[0].Source.Raw);
    }

    [Theory]
    [InlineData("1", "01")]
    [InlineData("7", "+7")]
    public void Business_keys_compare_as_the_database_does(string sequence, string sameSequence)
    {
        var table = Some.HospitalTable("outpatient_diagnosis");
        Dictionary<string, string> Row(string seq)
        {
            var row = new Dictionary<string, string>(StringComparer.Ordinal) { ["visit_no"] = "V1", ["diagnosis_seq"] = seq };
            foreach (var column in table.Columns.Where(column => column.Required && !row.ContainsKey(column.Name)))
                row[column.Name] = column.ValueSet is not null ? Some.FirstCode(table, column.Name) : column.Type.Kind switch
                {
                    ColumnKind.Boolean => "true",
                    ColumnKind.Integer or ColumnKind.Decimal => "1",
                    ColumnKind.Date => "2022-04-20",
                    ColumnKind.DateTime => "2022-04-20 09:00:00",
                    _ => "x",
                };
            return row;
        }
        var csv = Encoding.UTF8.GetBytes(Some.Csv(table, [Row(sequence), Row(sameSequence), Row("2")]));
        using var reader = new CsvTableReader(table, new MemoryStream(csv), Encoding.UTF8);
        var rows = BatchValidator.Validate(table, reader, new ValidationContext(new DateTime(2022, 4, 21))).ToList();
        Assert.False(rows[0].Rejected, string.Join("; ", rows[0].Issues));
        Assert.Equal(IssueCodes.DuplicateKeyInBatch.Code, Assert.Single(rows[1].Issues).Code);
        Assert.False(rows[2].Rejected);
    }
}
