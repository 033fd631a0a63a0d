using HealthExchange.Cda.Model;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Cda;

/// <summary>
/// Everything the platform found out about one received document: what it is, under which id it is stored,
/// every finding (document checks first, then the extracted rows' own, their column named table.column),
/// and the rows it yields. The document passes only when no finding is an error; then all its rows load.
/// </summary>
public sealed record CdaResult(
    DocumentKind Kind,
    string DocumentId,
    string? TypeCode,
    string? TemplateId,
    string? Title,
    IReadOnlyList<ValidationIssue> Issues,
    IReadOnlyList<ExtractedTable> Tables,
    string Sha256)
{
    public bool Passed => !Issues.Any(issue => issue.Severity == IssueSeverity.Error);

    /// <summary>The earlier document this one replaces (relatedDocument RPLC): its rows not yielded again are retracted.</summary>
    public string? ReplacesDocumentId { get; init; }

    public int RowsExtracted => Tables.Sum(table => table.Rows.Count);

    public int Warnings => Issues.Count(issue => issue.Severity == IssueSeverity.Warning);
}
