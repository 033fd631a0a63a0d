using HealthExchange.Cda.Checking;
using HealthExchange.Cda.Reading;
using Xunit;

namespace HealthExchange.Cda.Tests;

/// <summary>Which earlier document a document replaces (relatedDocument typeCode RPLC), read from the real public samples.</summary>
public sealed class ReplacedDocumentTests
{
    private static System.Xml.Linq.XElement Root(string folder, string file)
    {
        var decoded = DocumentDecoder.Decode(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Samples", folder, file)));
        return SafeXmlLoader.Load(decoded.Text!, new CdaOptions(), null).Document!.Root!;
    }

    [Fact]
    public void The_HL7_replace_example_names_its_parent_by_extension()
    {
        var root = Root("ccda", "General__Parent_Document_Replace_Relationship__CCD_Parent_Document_Replace_C-CDAR2.1.xml");
        Assert.Equal("TT661", DocumentIdentity.Replaced(root));
    }

    [Fact]
    public void The_WST500_templates_empty_placeholder_replaces_nothing()
    {
        Assert.Null(DocumentIdentity.Replaced(Root("wst500", "queryMQ_sample_C0002_门急诊病历.xml")));
        Assert.Null(DocumentIdentity.Replaced(Root("wst500", "XMap_instance_C0023_入院评估.xml")));
    }
}
