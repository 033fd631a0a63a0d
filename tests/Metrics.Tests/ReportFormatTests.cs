using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using HealthExchange.Metrics.Computation;
using HealthExchange.Metrics.Periods;
using HealthExchange.Metrics.Reports;
using Xunit;

namespace HealthExchange.Metrics.Tests;

/// <summary>The newsletter's layout in every format: headings, order, the "/" and 未反馈 cells, the total line.</summary>
public class ReportFormatTests
{
    private static readonly ReportPeriod April = new(new DateOnly(2022, 4, 1), new DateOnly(2022, 5, 1), "2022-04");

    private static PlatformReport Districts() => new(April, "district",
    [
        new("320115", "江宁区", "district", "数据表", 63, 129, 60, 13_859_479, 13_800_000, 30, 6, 11, 510_296, 0.918m, 3_235, null, 939_229, 85_658, 30_577, 0),
        new("320171", "化工园区", "district", "数据表", null, 129, 0, 0, 0, 0, 0, 11, 0, null, 0, null, 0, 0, 0, 2),
    ], 13_859_479, 13_800_000, 18_374_000_000);

    [Fact]
    public void Csv_has_the_newsletter_headings_in_order_and_its_cell_texts()
    {
        var lines = ReportWriters.Csv(Districts(), english: false).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("机构,机构代码,上传方式,申明上传表/规定上传表,已上传表/CDA文档,数据上传量,入库数据量,数据上传天数,实时数据表单上传情况,门急诊信息上传人次,实时数据符合率,出院信息上传人次,实时数据符合率,健康档案累计上传总量(基本信息)", lines[0], StringComparison.Ordinal);
        Assert.Equal("江宁区,320115,数据表,63/129,60,13859479,13800000,30,6/11,510296,91.80%,3235,/,939229,85658,30577", lines[1]);
        Assert.StartsWith("化工园区,320171,数据表,未反馈/129,", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("合计,,,,,13859479,13800000,", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Hospital_tables_have_no_health_record_columns_and_english_headings_on_request()
    {
        var report = Districts() with { Kind = "hospital" };
        var heading = ReportWriters.Csv(report, english: true).Split('\n')[0];
        Assert.DoesNotContain("Health records", heading, StringComparison.Ordinal);
        Assert.StartsWith("Institution,Code,Upload method,Declared / required tables", heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_carries_values_not_texts_with_stable_keys()
    {
        var row = JsonDocument.Parse(ReportWriters.JsonText(Districts())).RootElement.GetProperty("institutions")[1];
        Assert.Equal(JsonValueKind.Null, row.GetProperty("declaredTables").ValueKind);
        Assert.Equal(129, row.GetProperty("requiredTables").GetInt32());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("outpatientRealtimeRate").ValueKind);
        Assert.Equal(2, row.GetProperty("deadLetterRecords").GetInt32());
    }

    [Fact]
    public void Xlsx_is_a_valid_workbook_with_one_sheet_per_table_and_numbers_as_numbers()
    {
        using var stream = new MemoryStream();
        XlsxReportWriter.Write(stream, [Districts(), Districts() with { Kind = "hospital" }], english: false);
        stream.Position = 0;
        using var document = SpreadsheetDocument.Open(stream, false);
        Assert.Empty(new OpenXmlValidator().Validate(document));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(sheet => sheet.Name!.Value).ToList();
        Assert.Equal(["区县", "医院"], sheets);
        var rows = document.WorkbookPart.WorksheetParts.First().Worksheet.Descendants<Row>().ToList();
        Assert.Equal("机构", rows[1].Elements<Cell>().First().InnerText);
        var rowsUploaded = rows[2].Elements<Cell>().ElementAt(5);
        Assert.Equal(CellValues.Number, rowsUploaded.DataType!.Value);
        Assert.Equal("13859479", rowsUploaded.CellValue!.Text);
    }

    [Fact]
    public void Html_is_one_page_with_a_table_per_kind_and_escaped_text()
    {
        var html = HtmlReportWriter.Write([Districts() with { Institutions = [Districts().Institutions[0] with { Name = "<script>江宁区" }] }], english: false);
        Assert.Contains("<th>申明上传表/规定上传表</th>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;江宁区", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"total\">", html, StringComparison.Ordinal);
    }
}
