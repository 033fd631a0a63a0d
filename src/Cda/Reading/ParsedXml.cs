using System.Xml.Linq;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Cda.Reading;

/// <summary>The element tree (null when the text could not be read safely) and the reading and schema findings.</summary>
internal sealed record ParsedXml(XDocument? Document, IReadOnlyList<ValidationIssue> Issues, int SchemaIssueCount);
