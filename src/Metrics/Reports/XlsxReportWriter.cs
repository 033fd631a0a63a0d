using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HealthExchange.Metrics.Computation;

namespace HealthExchange.Metrics.Reports;

/// <summary>
/// An XLSX workbook, one sheet per report (区县, 医院) or <see cref="PrintedTable"/>, laid out like the newsletter: a title row, bold headings
/// with borders, numbers as numbers (so operators can sum and chart them), the total row, the footnote.
/// </summary>
public static class XlsxReportWriter
{
    private const uint Plain = 0, Heading = 1, Bordered = 2, Title = 3, Total = 4;

    public static void Write(Stream output, IReadOnlyList<PlatformReport> reports, bool english) =>
        Write(output, reports.Select(report => PrintedTable.From(report, english)).ToList());

    public static void Write(Stream output, IReadOnlyList<PrintedTable> tables)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        AddStyles(workbook);
        uint sheetId = 1;
        foreach (var table in tables)
        {
            var worksheet = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            uint rowIndex = 1;
            data.Append(Row(rowIndex++, [table.Title], Title));
            data.Append(Row(rowIndex++, table.Headings.ToArray(), Heading));
            foreach (var cells in table.Rows)
            {
                var row = new Row { RowIndex = rowIndex++ };
                foreach (var cell in cells) row.Append(cell.Number is { } number ? NumberCell(number) : TextCell(cell.Text, Bordered));
                data.Append(row);
            }
            if (table.Total is { } total) data.Append(Row(rowIndex++, total.ToArray(), Total));
            if (table.Footnote is { } footnote) data.Append(Row(rowIndex + 1, [footnote], Plain));
            var width = table.Headings.Count;
            worksheet.Worksheet = new Worksheet(
                new Columns(new Column { Min = 1, Max = 1, Width = 30, CustomWidth = true }, new Column { Min = 2, Max = (uint)width, Width = 16, CustomWidth = true }),
                data,
                new MergeCells(new MergeCell { Reference = $"A1:{ColumnName(width)}1" }));
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(worksheet), SheetId = sheetId++, Name = table.SheetName });
        }
        workbook.Workbook.Save();
    }

    private static Row Row(uint index, string[] cells, uint style)
    {
        var row = new Row { RowIndex = index };
        foreach (var cell in cells) row.Append(TextCell(cell, style));
        return row;
    }

    private static Cell TextCell(string text, uint style) =>
        new() { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)), StyleIndex = style };

    private static Cell NumberCell(double value) =>
        new() { DataType = CellValues.Number, CellValue = new CellValue(value), StyleIndex = Bordered };

    private static string ColumnName(int number)
    {
        var name = "";
        for (; number > 0; number = (number - 1) / 26) name = (char)('A' + (number - 1) % 26) + name;
        return name;
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        var thin = new BorderPropertiesType[] { new LeftBorder { Style = BorderStyleValues.Thin }, new RightBorder { Style = BorderStyleValues.Thin }, new TopBorder { Style = BorderStyleValues.Thin }, new BottomBorder { Style = BorderStyleValues.Thin } };
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font(), new Font(new Bold()), new Font(new Bold(), new FontSize { Val = 14 })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDE6F0" }) { PatternType = PatternValues.Solid })),
            new Borders(new Border(), new Border(thin.Select(b => (OpenXmlElement)b.CloneNode(true)).Append(new DiagonalBorder()))),
            new CellFormats(
                new CellFormat(),                                                                                     // Plain
                new CellFormat { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true }, // Heading
                new CellFormat { BorderId = 1, NumberFormatId = 3, ApplyBorder = true, ApplyNumberFormat = true },      // Bordered, #,##0
                new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center }) { FontId = 2, ApplyFont = true, ApplyAlignment = true }, // Title
                new CellFormat { FontId = 1, BorderId = 1, ApplyFont = true, ApplyBorder = true }));                    // Total
    }
}
