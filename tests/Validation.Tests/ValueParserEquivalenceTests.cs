using System.Text;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Tests.Reference;
using Xunit;

namespace HealthExchange.Validation.Tests;

/// <summary>
/// The fast paths of <see cref="ValueParser"/> (hand-written date, date-time and decimal readers) must not
/// change a single verdict or value: compared with the framework's parsers on many near-miss inputs.
/// </summary>
public class ValueParserEquivalenceTests
{
    private static ColumnDefinition Column(ColumnType type) => new("c", null, "c", "c", type, false, null, PersonalDataClass.None);

    private static object? Parse(ColumnType type, string text) =>
        ValueParser.TryParse(Column(type), text, out var value, out _) ? value : null;

    /// <summary>Texts shaped like the given template ('9' any digit), with random digits and the odd wrong character.</summary>
    private static IEnumerable<string> NearMisses(string template, int count, int seed)
    {
        var random = new Random(seed);
        const string noise = "0123456789-/: T.+x٣";
        for (var n = 0; n < count; n++)
        {
            var text = new StringBuilder();
            foreach (var c in template)
            {
                var roll = random.Next(100);
                if (roll < 2) continue;                                   // drop a character
                if (roll < 4) text.Append(noise[random.Next(noise.Length)]); // insert one
                text.Append(c == '9' ? (char)('0' + (random.Next(10) < 7 ? random.Next(3) : random.Next(10))) : (roll < 6 ? noise[random.Next(noise.Length)] : c));
            }
            yield return text.ToString();
        }
    }

    [Theory]
    [InlineData("9999-99-99")]
    [InlineData("99999999")]
    [InlineData("9999/99/99")]
    public void Dates_parse_as_the_framework_parses_them(string template)
    {
        var accepted = 0;
        foreach (var text in NearMisses(template, 20_000, template.Length).Concat(["2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "20221301"]))
        {
            var expected = ReferenceValueParser.Date(text);
            Assert.True(Equals(expected, Parse(new ColumnType(ColumnKind.Date), text)), text);
            if (expected is not null) accepted++;
        }
        Assert.InRange(accepted, 2_000, 18_000); // both verdicts well represented
    }

    [Theory]
    [InlineData("9999-99-99 99:99:99")]
    [InlineData("9999-99-99T99:99:99")]
    [InlineData("99999999999999")]
    [InlineData("9999-99-99 99:99")]
    [InlineData("9999-99-99 99:99:99.999")]
    public void Date_times_parse_as_the_framework_parses_them(string template)
    {
        var accepted = 0;
        foreach (var text in NearMisses(template, 20_000, template.Length).Concat(["2022-04-20 24:00:00", "2022-04-20 23:59:60", "2022-04-20t09:00:00"]))
        {
            var expected = ReferenceValueParser.DateTime(text);
            Assert.True(Equals(expected, Parse(new ColumnType(ColumnKind.DateTime), text)), text);
            if (expected is not null) accepted++;
        }
        Assert.InRange(accepted, 1_000, 18_000); // both verdicts well represented
    }

    [Theory]
    [InlineData(12, 2)]
    [InlineData(5, 0)]
    [InlineData(2, 2)]
    [InlineData(38, 10)]
    public void Decimals_parse_and_fit_as_the_framework_decides(int precision, int scale)
    {
        var random = new Random(precision * 100 + scale);
        const string alphabet = "0000123456789.-+ e,";
        var texts = Enumerable.Range(0, 30_000).Select(_ => new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()))
            .Concat(["-0", "-0.00", "+5.", ".5", "0000000000000000001.5", "9999999999.99", "10000000000.00", "0.001", "1.230"]);
        var type = new ColumnType(ColumnKind.Decimal, Precision: precision, Scale: scale);
        var accepted = 0;
        foreach (var text in texts)
        {
            var expected = ReferenceValueParser.Decimal(text, precision, scale);
            if (expected is not null) accepted++;
            var actual = (decimal?)Parse(type, text);
            Assert.True(expected == actual, text);
            if (expected is { } value) Assert.Equal(decimal.GetBits(value), decimal.GetBits(actual!.Value)); // same scale and sign too
        }
        Assert.InRange(accepted, 100, 29_000); // both verdicts well represented
    }

    [Theory]
    [InlineData("true")]
    [InlineData("TRUE")]
    [InlineData("Y")]
    [InlineData("是")]
    [InlineData("False")]
    [InlineData("n")]
    [InlineData("否")]
    [InlineData("yes")]
    [InlineData("falſe")]
    [InlineData("2")]
    [InlineData("")]
    public void Booleans_are_read_as_before(string text) =>
        Assert.Equal(ReferenceValueParser.Boolean(text), (bool?)Parse(new ColumnType(ColumnKind.Boolean), text));
}
