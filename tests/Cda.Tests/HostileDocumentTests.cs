using System.Diagnostics;
using System.Text;
using HealthExchange.Cda.Model;
using HealthExchange.Validation.Reading;
using Xunit;

namespace HealthExchange.Cda.Tests;

/// <summary>Documents written to hurt: each is refused with its code, quickly, without reading files or crashing.</summary>
public class HostileDocumentTests
{
    private static CdaResult Validate(string xml, CdaOptions? options = null) => CdaTestKit.Validate(Encoding.UTF8.GetBytes(xml), options);

    private static string Everything(CdaResult result) =>
        GoldenFileTests.Describe(result).ToJsonString() + string.Join("\n", result.Issues.Select(i => i.MessageEn + i.MessageZh));

    [Fact]
    public void An_external_entity_is_refused_and_etc_passwd_is_never_read()
    {
        var passwd = File.Exists("/etc/passwd") ? File.ReadAllLines("/etc/passwd")[0] : "root:x:0:0";
        var result = Validate("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE ClinicalDocument [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
            <ClinicalDocument xmlns="urn:hl7-org:v3"><title>&xxe;</title></ClinicalDocument>
            """);
        Assert.Equal(DocumentKind.Unreadable, result.Kind);
        Assert.Equal("HX4004", Assert.Single(result.Issues).Code);
        Assert.Equal(2, result.Issues[0].Row);
        Assert.DoesNotContain(passwd, Everything(result), StringComparison.Ordinal);
        Assert.DoesNotContain("root:", Everything(result), StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_entity_behind_a_comment_is_refused_too()
    {
        var result = Validate("""
            <?xml version="1.0"?>
            <!-- harmless -->
            <!DOCTYPE x [ <!ENTITY % p SYSTEM "http://127.0.0.1:1/evil.dtd"> %p; ]>
            <x/>
            """);
        Assert.Equal("HX4004", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void A_doctype_the_prolog_scan_cannot_see_still_fails_in_the_reader()
    {
        var result = Validate("<ClinicalDocument xmlns=\"urn:hl7-org:v3\"/><!DOCTYPE x [<!ENTITY a \"b\">]>");
        Assert.Equal("HX4005", Assert.Single(result.Issues).Code);
    }

    [Fact]
    public void Billion_laughs_is_refused_at_once()
    {
        var entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            var previous = i == 1 ? "lol" : "lol" + (i - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            entities.Append("<!ENTITY lol").Append(i).Append(" \"").Append(string.Concat(Enumerable.Repeat($"&{previous};", 10))).Append("\">");
        }
        var watch = Stopwatch.StartNew();
        var result = Validate($"<?xml version=\"1.0\"?><!DOCTYPE lolz [{entities}]><lolz>&lol9;</lolz>");
        Assert.Equal("HX4004", Assert.Single(result.Issues).Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
    }

    [Fact]
    public void Deep_nesting_is_refused_at_the_depth_limit()
    {
        var xml = "<ClinicalDocument xmlns=\"urn:hl7-org:v3\">" + string.Concat(Enumerable.Repeat("<a>", 100_000)) + string.Concat(Enumerable.Repeat("</a>", 100_000)) + "</ClinicalDocument>";
        var result = Validate(xml);
        var issue = Assert.Single(result.Issues);
        Assert.Equal("HX4006", issue.Code);
        Assert.Equal(1, issue.Row);
    }

    [Fact]
    public void Fifty_megabytes_of_nesting_is_refused_by_size_before_parsing_and_by_depth_when_the_size_limit_allows_it()
    {
        var bytes = new byte[50 * 1024 * 1024];
        for (var i = 0; i < bytes.Length; i += 3) { bytes[i] = (byte)'<'; if (i + 1 < bytes.Length) bytes[i + 1] = (byte)'a'; if (i + 2 < bytes.Length) bytes[i + 2] = (byte)'>'; }
        var watch = Stopwatch.StartNew();
        var bySize = CdaTestKit.Validate(bytes);
        Assert.Equal("HX4001", Assert.Single(bySize.Issues).Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());

        watch.Restart();
        var byDepth = CdaTestKit.Validate(bytes, new CdaOptions { MaxDocumentBytes = 64 * 1024 * 1024 });
        Assert.Equal("HX4006", Assert.Single(byDepth.Issues).Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    [Fact]
    public void A_declaration_of_gb2312_over_utf8_bytes_is_a_lie_and_refused()
    {
        var xml = SomeCda.OutpatientXml("LIE-1", "V1", new DateTime(2024, 1, 10, 9, 0, 0)).Replace("encoding=\"UTF-8\"", "encoding=\"GB2312\"", StringComparison.Ordinal);
        var result = CdaTestKit.Validate(Encoding.UTF8.GetBytes(xml));
        var issue = Assert.Single(result.Issues);
        Assert.Equal("HX4003", issue.Code);
        Assert.Contains("UTF-8", issue.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Gb18030_bytes_declared_as_utf8_are_refused_with_the_byte_and_line()
    {
        Assert.True(BatchFormats.TryGetEncoding("gb18030", out var gb18030));
        var bytes = gb18030.GetBytes(SomeCda.OutpatientXml("LIE-2", "V1", new DateTime(2024, 1, 10, 9, 0, 0)));
        var issue = Assert.Single(CdaTestKit.Validate(bytes).Issues);
        Assert.Equal("HX4003", issue.Code);
        Assert.Contains("GB18030", issue.Detail, StringComparison.Ordinal);
        Assert.NotNull(issue.Row);
    }

    [Fact]
    public void A_document_honestly_declared_gb18030_is_read_and_passes()
    {
        Assert.True(BatchFormats.TryGetEncoding("gb18030", out var gb18030));
        var xml = SomeCda.OutpatientXml("GB-1", "V1", new DateTime(2024, 1, 10, 9, 0, 0)).Replace("encoding=\"UTF-8\"", "encoding=\"GB18030\"", StringComparison.Ordinal);
        var result = CdaTestKit.Validate(gb18030.GetBytes(xml));
        Assert.True(result.Passed, string.Join("\n", result.Issues));
        Assert.Equal("门(急)诊病历", result.Title);
    }

    [Theory]
    [InlineData("ISO-8859-1")]
    [InlineData("Big5")]
    public void Encodings_other_than_utf8_and_gb18030_are_refused(string encoding)
    {
        var result = Validate($"<?xml version=\"1.0\" encoding=\"{encoding}\"?><ClinicalDocument xmlns=\"urn:hl7-org:v3\"/>");
        Assert.Equal("HX4002", Assert.Single(result.Issues).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%PDF-1.4 not xml at all")]
    [InlineData("{\"resourceType\":\"Bundle\"}")]
    public void Bytes_that_are_not_xml_are_not_well_formed(string content)
    {
        var result = Validate(content);
        Assert.Equal(DocumentKind.Unreadable, result.Kind);
        Assert.Equal("HX4005", Assert.Single(result.Issues).Code);
        Assert.StartsWith("sha256:", result.DocumentId, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_formedness_error_carries_line_and_column()
    {
        var result = Validate("<ClinicalDocument xmlns=\"urn:hl7-org:v3\">\n  <title>x</titel>\n</ClinicalDocument>");
        var issue = Assert.Single(result.Issues);
        Assert.Equal("HX4005", issue.Code);
        Assert.Equal(2, issue.Row);
        Assert.StartsWith("line 2, column ", issue.Detail, StringComparison.Ordinal);
    }
}
