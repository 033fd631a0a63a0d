using HealthExchange.Metrics.Periods;
using Xunit;

namespace HealthExchange.Metrics.Tests;

public class ReportPeriodTests
{
    [Theory]
    [InlineData("2022", "2022-01-01", "2023-01-01")]
    [InlineData("2022-04", "2022-04-01", "2022-05-01")]
    [InlineData("2022-02", "2022-02-01", "2022-03-01")]
    [InlineData("2022-04-15", "2022-04-15", "2022-04-16")]
    [InlineData("2022-01-01..2022-03-31", "2022-01-01", "2022-04-01")]
    public void Parses_to_half_open_day_ranges(string text, string from, string to)
    {
        Assert.True(ReportPeriod.TryParse(text, out var period));
        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (period.From, period.To));
    }

    [Theory]
    [InlineData("")]
    [InlineData("22")]
    [InlineData("2022-13")]
    [InlineData("2022-03-31..2022-01-01")]
    [InlineData("April")]
    public void Rejects_what_is_not_a_period(string text) => Assert.False(ReportPeriod.TryParse(text, out _));
}
