using HealthExchange.Validation.Catalogues;
using Xunit;

namespace HealthExchange.Validation.Tests;

public class ColumnTypeTests
{
    [Theory]
    [InlineData("string(32)", ColumnKind.String, 32, 0, 0)]
    [InlineData("code(2)", ColumnKind.Code, 2, 0, 0)]
    [InlineData("decimal(12,2)", ColumnKind.Decimal, 0, 12, 2)]
    [InlineData("decimal(12, 2)", ColumnKind.Decimal, 0, 12, 2)]
    [InlineData("integer", ColumnKind.Integer, 0, 0, 0)]
    [InlineData("date", ColumnKind.Date, 0, 0, 0)]
    [InlineData("datetime", ColumnKind.DateTime, 0, 0, 0)]
    [InlineData("boolean", ColumnKind.Boolean, 0, 0, 0)]
    public void Parses_catalogue_types(string text, ColumnKind kind, int length, int precision, int scale)
    {
        Assert.True(ColumnType.TryParse(text, out var type));
        Assert.Equal(new ColumnType(kind, length, precision, scale), type);
    }

    [Theory]
    [InlineData("string")]
    [InlineData("string(0)")]
    [InlineData("varchar(10)")]
    [InlineData("decimal(2,3)")]
    [InlineData("integer(4)")]
    [InlineData("")]
    public void Rejects_what_is_not_a_catalogue_type(string text) => Assert.False(ColumnType.TryParse(text, out _));
}
