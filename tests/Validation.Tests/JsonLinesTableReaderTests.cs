using System.Text;
using HealthExchange.Validation.Issues;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Validation.Tests;

public class JsonLinesTableReaderTests
{
    [Fact]
    public void Reads_objects_and_rejects_a_broken_line_alone()
    {
        var text = "{\"visit_no\":\"A1\",\"fee_total\":12.5,\"dept_name\":\"内科\"}\n\n{not json\n{\"visit_no\":\"A3\",\"extra\":1}\n[1,2]\n";
        using var reader = new JsonLinesTableReader(Some.OutpatientTable, new MemoryStream(Encoding.UTF8.GetBytes(text)), new UTF8Encoding(false, true));
        var rows = reader.ReadRows().ToList();
        var table = Some.OutpatientTable;
        Assert.Equal(4, rows.Count);
        Assert.Equal("12.5", rows[0].Values[table.IndexOf("fee_total")]);
        Assert.Equal(IssueCodes.UnreadableRow, rows[1].ReadError?.Definition);
        Assert.Equal("A3", rows[2].Values[table.IndexOf("visit_no")]);
        Assert.Equal(IssueCodes.UnreadableRow, rows[3].ReadError?.Definition);
        Assert.Contains(reader.HeaderIssues, issue => issue.Definition == IssueCodes.UnknownColumn && issue.Column == "extra");
    }
}
