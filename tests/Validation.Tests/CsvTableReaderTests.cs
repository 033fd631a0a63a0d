using System.Text;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Validation.Tests;

public class CsvTableReaderTests
{
    private static List<SourceRow> Read(string csv, Encoding? encoding = null, byte[]? bytes = null)
    {
        using var reader = new CsvTableReader(Some.OutpatientTable, new MemoryStream(bytes ?? Encoding.UTF8.GetBytes(csv)), encoding ?? new UTF8Encoding(false, true));
        return reader.ReadRows().ToList();
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_newlines()
    {
        var rows = Read("visit_no,dept_name,diagnosis_name\nA1,\"内科,一病区\",\"说 \"\"急性\"\"\n第二行\"\nA2,外科,x\n");
        Assert.Equal(2, rows.Count);
        var table = Some.OutpatientTable;
        Assert.Equal("内科,一病区", rows[0].Values[table.IndexOf("dept_name")]);
        Assert.Equal("说 \"急性\"\n第二行", rows[0].Values[table.IndexOf("diagnosis_name")]);
        Assert.Equal("A2", rows[1].Values[table.IndexOf("visit_no")]);
        Assert.Equal(2, rows[1].RowNumber);
    }

    [Fact]
    public void A_UTF8_byte_order_mark_does_not_hide_the_first_column()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("visit_no,dept_name\r\nA1,儿科\r\n")).ToArray();
        var rows = Read("", bytes: bytes);
        Assert.Equal("A1", Assert.Single(rows).Values[Some.OutpatientTable.IndexOf("visit_no")]);
    }

    [Fact]
    public void GB18030_text_is_decoded_when_declared()
    {
        Assert.True(BatchFormats.TryGetEncoding("gb18030", out var gb18030));
        var rows = Read("", gb18030, gb18030.GetBytes("visit_no,patient_name,dept_name\nA1,张三丰,妇产科\n"));
        var row = Assert.Single(rows);
        Assert.Equal("妇产科", row.Values[Some.OutpatientTable.IndexOf("dept_name")]);
        Assert.Equal("张三丰", row.Values[Some.OutpatientTable.IndexOf("patient_name")]);
    }

    [Fact]
    public void GB18030_bytes_read_as_UTF8_fail_loudly_instead_of_loading_mojibake()
    {
        Assert.True(BatchFormats.TryGetEncoding("gb18030", out var gb18030));
        Assert.ThrowsAny<DecoderFallbackException>(() => Read("", bytes: gb18030.GetBytes("visit_no,dept_name\nA1,妇产科\n")));
    }

    [Fact]
    public void A_line_with_the_wrong_field_count_rejects_only_itself()
    {
        var rows = Read("visit_no,dept_name\nA1,内科\nA2,内科,extra\nA3,外科\n");
        Assert.Equal(3, rows.Count);
        Assert.Null(rows[0].ReadError);
        Assert.Equal(IssueCodes.FieldCount, rows[1].ReadError?.Definition);
        Assert.Null(rows[2].ReadError);
    }

    [Fact]
    public void Unknown_columns_warn_and_missing_required_columns_are_errors()
    {
        using var reader = new CsvTableReader(Some.OutpatientTable, new MemoryStream("visit_no,shoe_size\nA1,42\n"u8.ToArray()), Encoding.UTF8);
        _ = reader.ReadRows().ToList();
        Assert.Contains(reader.HeaderIssues, issue => issue.Definition == IssueCodes.UnknownColumn && issue.Column == "shoe_size");
        Assert.Contains(reader.HeaderIssues, issue => issue.Definition == IssueCodes.MissingRequiredColumn && issue.Column == "visit_time");
        Assert.True(reader.HeaderRejectsRows);
        Assert.False(reader.HeaderUnrecognised);
    }

    [Fact]
    public void A_header_that_names_no_catalogue_column_is_unrecognised()
    {
        using var reader = new CsvTableReader(Some.OutpatientTable, new MemoryStream("a,b\n1,2\n"u8.ToArray()), Encoding.UTF8);
        Assert.True(reader.HeaderUnrecognised);
    }

    [Fact]
    public void An_unterminated_quote_rejects_the_rest_as_one_unreadable_row()
    {
        var rows = Read("visit_no,dept_name\nA1,内科\nA2,\"never closed\nA3,x\n");
        Assert.Equal(2, rows.Count);
        Assert.Equal(IssueCodes.UnreadableRow, rows[1].ReadError?.Definition);
    }
}
