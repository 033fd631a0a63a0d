using HealthExchange.Host.Demo;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.EndToEnd.Tests;

/// <summary>
/// Every table of both shipped catalogues can be filled with rows that pass its own checks: a table that
/// cannot points at a catalogue defect (an impossible length, a value set without codes, contradictory rules).
/// </summary>
public class SyntheticRowsTests
{
    public static TheoryData<string> Tables() => new(Some.Catalogues.DistinctTables.Select(table => table.Code));

    [Theory]
    [MemberData(nameof(Tables))]
    public void Synthetic_rows_of_every_catalogue_table_validate_clean(string code)
    {
        var table = Some.Catalogues.DistinctTables.Single(t => t.Code == code);
        var rows = new SyntheticRows(new Random(code.Length));
        var eventTime = new DateTime(2022, 4, 20, 10, 30, 0);
        for (var i = 0; i < 20; i++)
        {
            var row = rows.Row(table, $"K{i:D6}", eventTime);
            var values = table.Columns.Select(column => row.GetValueOrDefault(column.Name)).ToArray();
            var validated = RowValidator.Validate(table, new SourceRow(i + 1, values, ""), new ValidationContext(new DateTime(2022, 4, 21)));
            Assert.True(validated.Issues.Count == 0, $"{code} row {i}: {string.Join("; ", validated.Issues)}");
        }
    }
}
