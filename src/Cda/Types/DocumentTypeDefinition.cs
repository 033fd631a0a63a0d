namespace HealthExchange.Cda.Types;

/// <summary>
/// One WS/T 500 document type as schemas/cda/document-types.yaml defines it: its template and code, the
/// sections its template has (and which of them the platform requires), the data elements it must carry,
/// and how it becomes catalogue rows.
/// </summary>
public sealed record DocumentTypeDefinition(
    string Code,
    string TemplateId,
    string Title,
    IReadOnlyList<string> Sections,
    IReadOnlyList<string> RequiredSections,
    IReadOnlyList<string> RequiredElements,
    IReadOnlyList<ExtractionRule> Extract);
