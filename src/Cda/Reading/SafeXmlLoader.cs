using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Cda.Reading;

/// <summary>
/// Parses decoded document text into an element tree, safely: no DTD (so no external entities and no entity
/// expansion), no resolver, bounded entity characters and nesting depth counted on every element. Schema
/// validation, when a schema set is given, runs in the same single pass. Every problem becomes an issue with
/// its line and column; nothing here throws for bad input.
/// </summary>
internal static class SafeXmlLoader
{
    public static ParsedXml Load(string text, CdaOptions options, XmlSchemaSet? schemas)
    {
        var issues = new List<ValidationIssue>();
        var doctype = Prolog.DoctypeOffset(text);
        if (doctype >= 0)
        {
            var (line, column) = Prolog.Position(text, doctype);
            issues.Add(new ValidationIssue(IssueCodes.CdaDtdProhibited, line, null, null, $"line {line}, column {column}"));
            return new ParsedXml(null, issues, 0);
        }

        var settings = schemas is null ? new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null } : CdaSchemas.Validating(schemas);
        settings.MaxCharactersFromEntities = options.MaxCharactersFromEntities;
        settings.MaxCharactersInDocument = Math.Max(1, (long)options.MaxDocumentBytes);
        settings.IgnoreComments = true;
        settings.IgnoreProcessingInstructions = true;
        settings.IgnoreWhitespace = true;
        var schemaIssues = 0;
        if (schemas is not null)
        {
            settings.ValidationEventHandler += (_, e) =>
            {
                if (e.Severity != XmlSeverityType.Error) return;
                if (++schemaIssues <= options.MaxSchemaIssues)
                    issues.Add(new ValidationIssue(IssueCodes.CdaSchemaInvalid, e.Exception.LineNumber, null, null,
                        $"line {e.Exception.LineNumber}, column {e.Exception.LinePosition}: {e.Message}"));
            };
        }

        XDocument? document = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            document = Build(reader, options.MaxDepth, issues);
        }
        catch (XmlException error)
        {
            issues.Add(new ValidationIssue(IssueCodes.CdaNotWellFormed, error.LineNumber, null, null,
                $"line {error.LineNumber}, column {error.LinePosition}: {error.Message}"));
            document = null;
        }
        if (schemaIssues > options.MaxSchemaIssues)
            issues.Add(new ValidationIssue(IssueCodes.CdaSchemaInvalid, null, null, null, $"{schemaIssues - options.MaxSchemaIssues} more schema finding(s) not listed"));
        return new ParsedXml(document, issues, schemaIssues);
    }

    /// <summary>Builds the tree by hand so depth is checked as each element opens, before any of it is kept.</summary>
    private static XDocument? Build(XmlReader reader, int maxDepth, List<ValidationIssue> issues)
    {
        var lineInfo = (IXmlLineInfo)reader;
        var document = new XDocument();
        var open = new Stack<XContainer>();
        open.Push(document);
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    if (reader.Depth >= maxDepth)
                    {
                        issues.Add(new ValidationIssue(IssueCodes.CdaTooDeep, lineInfo.LineNumber, null, null,
                            $"line {lineInfo.LineNumber}, column {lineInfo.LinePosition}: deeper than {maxDepth} levels"));
                        return null;
                    }
                    var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                    element.AddAnnotation(new XmlPosition(lineInfo.LineNumber, lineInfo.LinePosition));
                    var empty = reader.IsEmptyElement;
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            var name = reader.NamespaceURI == XNamespace.Xmlns.NamespaceName || (reader.Prefix.Length == 0 && reader.LocalName == "xmlns")
                                ? null
                                : XName.Get(reader.LocalName, reader.NamespaceURI);
                            if (name is not null) element.Add(new XAttribute(name, reader.Value));
                        } while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }
                    open.Peek().Add(element);
                    if (!empty) open.Push(element);
                    break;
                case XmlNodeType.EndElement:
                    open.Pop();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace:
                    open.Peek().Add(new XText(reader.Value));
                    break;
            }
        }
        return document.Root is null ? null : document;
    }
}
