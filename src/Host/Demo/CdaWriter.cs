using System.Text;
using System.Xml;
using HealthExchange.Cda;

namespace HealthExchange.Host.Demo;

/// <summary>
/// Writes one HL7 v3 ClinicalDocument with <see cref="XmlWriter"/>: every value is written as an attribute or text
/// node and escaped by the writer, never concatenated into markup. Attributes whose value is null are left out.
/// </summary>
internal sealed class CdaWriter : IDisposable
{
    public const string V3 = "urn:hl7-org:v3";
    private const string Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    private readonly MemoryStream _stream = new();
    private readonly XmlWriter _xml;

    public CdaWriter()
    {
        _xml = XmlWriter.Create(_stream, Settings);
        _xml.WriteStartDocument();
        _xml.WriteStartElement("ClinicalDocument", V3);
        _xml.WriteAttributeString("xmlns", "xsi", null, Xsi);
    }

    public void Start(string name, params (string Name, string? Value)[] attributes)
    {
        _xml.WriteStartElement(name, V3);
        foreach (var (attribute, value) in attributes)
            if (value is not null) _xml.WriteAttributeString(attribute, value);
    }

    public void End() => _xml.WriteEndElement();

    public void Empty(string name, params (string Name, string? Value)[] attributes)
    {
        Start(name, attributes);
        End();
    }

    public void Text(string name, string text)
    {
        Start(name);
        _xml.WriteString(text);
        End();
    }

    public void Id(string root, string extension) => Empty("id", ("root", root), ("extension", extension));

    /// <summary>A body section with its LOINC code; <paramref name="entries"/> writes its entries.</summary>
    public void Section(string loinc, string displayName, Action entries)
    {
        Start("component");
        Start("section");
        Empty("code", ("code", loinc), ("codeSystem", CdaDocumentTypes.Loinc), ("codeSystemName", "LOINC"), ("displayName", displayName));
        Empty("text");
        entries();
        End();
        End();
    }

    /// <summary>An entry observing one WS 363 data element; <paramref name="value"/> writes its value.</summary>
    public void Observation(string element, string displayName, Action value)
    {
        Start("entry");
        Start("observation", ("classCode", "OBS"), ("moodCode", "EVN"));
        Empty("code", ("code", element), ("codeSystem", CdaDocumentTypes.DataElementSystem), ("codeSystemName", "卫生信息数据元目录"), ("displayName", displayName));
        value();
        End();
        End();
    }

    public void TextValue(string text)
    {
        StartValue("ST");
        _xml.WriteString(text);
        End();
    }

    public void CodedValue(string code, string codeSystem, string codeSystemName, string? displayName)
    {
        StartValue("CD");
        _xml.WriteAttributeString("code", code);
        if (displayName is not null) _xml.WriteAttributeString("displayName", displayName);
        _xml.WriteAttributeString("codeSystem", codeSystem);
        _xml.WriteAttributeString("codeSystemName", codeSystemName);
        End();
    }

    public void TimeValue(string timestamp)
    {
        StartValue("TS");
        _xml.WriteAttributeString("value", timestamp);
        End();
    }

    public void QuantityValue(string value, string unit)
    {
        StartValue("PQ");
        _xml.WriteAttributeString("value", value);
        _xml.WriteAttributeString("unit", unit);
        End();
    }

    public void MoneyValue(string value, string currency)
    {
        StartValue("MO");
        _xml.WriteAttributeString("value", value);
        _xml.WriteAttributeString("currency", currency);
        End();
    }

    /// <summary>Closes the document and returns its UTF-8 bytes.</summary>
    public byte[] Finish()
    {
        _xml.WriteEndElement();
        _xml.WriteEndDocument();
        _xml.Flush();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _xml.Dispose();
        _stream.Dispose();
    }

    private void StartValue(string type)
    {
        _xml.WriteStartElement("value", V3);
        _xml.WriteAttributeString("xsi", "type", Xsi, type);
    }
}
