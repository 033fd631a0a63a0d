using HealthExchange.Validation.Checking;
using Xunit;

namespace HealthExchange.Validation.Tests;

public class NationalIdTests
{
    [Theory]
    [InlineData("440102195501150625", true)]   // GB 11643's worked example
    [InlineData("420106201101011919", false)]  // WS/T 500's sample ID: the check digit is wrong
    [InlineData("44010219550115062X", false)]
    [InlineData("4401021955011506", false)]    // too short
    [InlineData("44010219550115062A", false)]
    public void Check_digit_follows_ISO_7064_MOD_11_2(string id, bool valid) =>
        Assert.Equal(valid, NationalId.HasValidCheckDigit(id));

    [Fact]
    public void X_is_a_valid_check_character_in_either_case()
    {
        // Find a real X-ending number by construction.
        for (var sequence = 100; sequence < 999; sequence++)
        {
            var first17 = $"32010219800517{sequence}";
            if (NationalId.CheckCharacter(first17) != 'X') continue;
            Assert.True(NationalId.HasValidCheckDigit(first17 + "X"));
            Assert.True(NationalId.HasValidCheckDigit(first17 + "x"));
            return;
        }
        Assert.Fail("no sequence gave check character X");
    }

    [Fact]
    public void Birth_date_is_read_from_positions_7_to_14() =>
        Assert.Equal(new DateOnly(1955, 1, 15), NationalId.BirthDate("440102195501150625"));

    [Fact]
    public void Impossible_birth_date_is_null() => Assert.Null(NationalId.BirthDate("440102195513450625"));
}
