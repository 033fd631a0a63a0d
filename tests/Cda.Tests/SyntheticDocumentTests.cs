using Xunit;

namespace HealthExchange.Cda.Tests;

public class SyntheticDocumentTests
{
    [Fact]
    public void The_synthetic_outpatient_document_passes_every_check_and_yields_its_visit()
    {
        var result = CdaTestKit.Validate(SomeCda.Outpatient("DOC-1", "V0001", new DateTime(2024, 1, 10, 9, 30, 0)));
        Assert.True(result.Passed, string.Join("\n", result.Issues));
        Assert.Empty(result.Issues);
        var visit = Assert.Single(result.Tables, t => t.Table.Code == "outpatient_visit").Rows.Single();
        Assert.Equal("V0001", visit.Values[Some.OutpatientTable.IndexOf("visit_no")]);
        Assert.Equal(new DateTime(2024, 1, 10, 9, 30, 0), visit.Values[Some.OutpatientTable.IndexOf("visit_time")]);
    }
}
