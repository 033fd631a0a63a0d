using System.Globalization;
using System.Xml.Linq;

namespace HealthExchange.Cda.Reading;

/// <summary>Where an element started in the original document, kept as an annotation so findings can say where.</summary>
internal sealed record XmlPosition(int Line, int Column)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}");

    public static XmlPosition? Of(XElement? element) => element?.Annotation<XmlPosition>();
}
