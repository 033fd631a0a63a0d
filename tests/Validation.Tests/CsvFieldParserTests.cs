using System.Text;
using HealthExchange.Validation.Reading;
using HealthExchange.Validation.Tests.Reference;
using Xunit;

namespace HealthExchange.Validation.Tests;

/// <summary>The span-cutting CSV parser against the obviously-right reference splitter, on awkward and random input.</summary>
public class CsvFieldParserTests
{
    private static List<ReferenceCsvSplitter.Record> Parse(TextReader reader, int bufferSize)
    {
        var parser = new CsvFieldParser(reader, bufferSize);
        var records = new List<ReferenceCsvSplitter.Record>();
        while (parser.TryReadRecord(out var malformed))
        {
            var fields = Enumerable.Range(0, parser.FieldCount).Select(parser.Field).ToList();
            Assert.Equal(fields.Count == 1 && fields[0].Length == 0, parser.FieldCount == 1 && parser.IsEmpty(0));
            records.Add(new ReferenceCsvSplitter.Record(fields, parser.RawText(parser.RecordNumber)!, malformed, parser.StartLine));
        }
        return records;
    }

    private static void AssertSameAsReference(string text, int chunk)
    {
        var expected = ReferenceCsvSplitter.Split(text);
        foreach (var bufferSize in new[] { 4, 256, 64 * 1024 })
        {
            var actual = Parse(new TrickleReader(text, chunk), bufferSize);
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Fields, actual[i].Fields);
                Assert.Equal(expected[i].Raw, actual[i].Raw);
                Assert.Equal(expected[i].Malformed, actual[i].Malformed);
                Assert.Equal(expected[i].StartLine, actual[i].StartLine);
            }
        }
    }

    [Theory]
    [InlineData("a,b\n1,2\n")]
    [InlineData("a,b\r\n1,2\r\n")]
    [InlineData("a,b\r1,2\r")]
    [InlineData("a,\"b,c\",\"x \"\"y\"\" z\"\n\"multi\nline\",2\n")]
    [InlineData("\"\",x\n\"\"\"\",y\n")]
    [InlineData("ab\"c,\"de\"f,\"g\"h\"i\"\n")]
    [InlineData("no newline at the end")]
    [InlineData("x,\"never closed\ny,z\n")]
    [InlineData("\n\n,\n\"\"\n")]
    [InlineData("内科,\"妇产科\r\n二病区\",儿科\r\n")]
    public void Awkward_input_splits_like_the_reference(string text)
    {
        foreach (var chunk in new[] { 1, 2, 3, 7, 4096 })
            AssertSameAsReference(text, chunk);
    }

    [Fact]
    public void Random_input_splits_like_the_reference_across_buffer_refills()
    {
        var random = new Random(20220420);
        var alphabet = "ab,\"\r\n内科 x".ToCharArray();
        for (var round = 0; round < 300; round++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 400)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            AssertSameAsReference(text, 1 + random.Next(16));
        }
    }

    [Fact]
    public void Records_longer_than_the_buffer_are_kept_whole()
    {
        var big = new string('x', 200_000);
        var text = new StringBuilder("h1,h2\n");
        for (var i = 0; i < 5; i++) text.Append(i).Append(",\"").Append(big).Append("\n\"\"").Append(big).Append("\"\r\n");
        AssertSameAsReference(text.ToString(), 50_000);
        AssertSameAsReference(text.ToString(), 65_536);
    }

    [Fact]
    public void The_raw_text_of_a_record_is_gone_once_the_next_is_read()
    {
        var parser = new CsvFieldParser(new StringReader("a,b\nc,d\n"));
        Assert.True(parser.TryReadRecord(out _));
        var first = parser.RecordNumber;
        Assert.Equal("a,b", parser.RawText(first));
        Assert.True(parser.TryReadRecord(out _));
        Assert.Null(parser.RawText(first));
        Assert.False(parser.TryReadRecord(out _));
        Assert.Null(parser.RawText(parser.RecordNumber));
    }
}
