using System.Xml.Linq;
using HealthExchange.Cda.Checking;
using HealthExchange.Cda.Extraction;
using HealthExchange.Cda.Model;
using HealthExchange.Cda.Reading;
using HealthExchange.Cda.Types;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Cda;

/// <summary>
/// The checks of one document, in levels: size → encoding → DTD → well-formedness and depth (with the schema
/// in the same pass) → what kind of document it is → header → document type → sections, data elements and
/// coded values → extraction into catalogue rows and the row checks table uploads get. A level that makes
/// the next meaningless stops there. Pure: no Kafka, no database, no clock (the upload time is given).
/// </summary>
public sealed class CdaValidator(CdaOptions options, DocumentTypeCatalogue types, CodedValueSets valueSets)
{
    public CdaOptions Options { get; } = options;

    public CdaResult Validate(byte[] bytes, CdaCheckContext context)
    {
        var sha = DocumentIdentity.Sha256(bytes);
        var fallbackId = DocumentIdentity.FromSha256(sha); // the same hash, not computed twice
        if (bytes.Length > Options.MaxDocumentBytes)
            return Unreadable(fallbackId, sha, new ValidationIssue(IssueCodes.CdaTooLarge, null, null, null, $"{bytes.Length} bytes, limit {Options.MaxDocumentBytes}"));

        var decoded = DocumentDecoder.Decode(bytes);
        if (decoded.Problem is not null) return Unreadable(fallbackId, sha, decoded.Problem);

        var parsed = SafeXmlLoader.Load(decoded.Text!, Options, Options.SchemaValidation ? CdaSchemas.Wst500 : null);
        var reading = parsed.Issues.Where(issue => issue.Definition != IssueCodes.CdaSchemaInvalid).ToList();
        if (parsed.Document?.Root is not { } root || reading.Count > 0)
            return Unreadable(fallbackId, sha, [.. reading]);

        var documentId = DocumentIdentity.FromDocument(root) ?? fallbackId;
        var (kind, reason) = DocumentClassifier.Classify(root);
        if (kind != DocumentKind.Wst500)
        {
            var issue = new ValidationIssue(kind == DocumentKind.NotCda ? IssueCodes.CdaNotClinicalDocument : IssueCodes.CdaNotWst500, null, null, null, reason);
            return new CdaResult(kind, documentId, null, null, root.Child("title").Text(), [issue], [], sha);
        }

        var issues = parsed.Issues.ToList(); // only schema findings remain at this point
        HeaderChecks.Check(root, context, issues);
        var (type, templateId) = DocumentTypeChecks.Check(root, types, issues);
        if (type is not null) BodyChecks.CheckSections(root, type, issues);
        BodyChecks.CheckCodedValues(root, valueSets, issues);
        var tables = type is null ? [] : Extract(root, type, context, documentId, issues);
        return new CdaResult(kind, documentId, type?.Code ?? root.Child("code").Attr("code"), templateId, root.Child("title").Text(), issues, tables, sha)
        {
            ReplacesDocumentId = DocumentIdentity.Replaced(root) is { } replaced && replaced != documentId ? replaced : null,
        };
    }

    private static List<ExtractedTable> Extract(XElement root, DocumentTypeDefinition type, CdaCheckContext context, string documentId, List<ValidationIssue> issues)
    {
        var tables = new List<ExtractedTable>();
        if (type.Extract.Count == 0) issues.Add(new ValidationIssue(IssueCodes.CdaNoExtraction, null, null, null, type.Code));
        var validation = ValidationContext.At(context.UploadedAt);
        var index = new CdaPathIndex(); // one document: its data-element and section lookups serve every rule
        foreach (var rule in type.Extract)
        {
            if (!context.Catalogue.TryGetTable(rule.Table, out var table))
            {
                issues.Add(new ValidationIssue(IssueCodes.CdaTableNotInCatalogue, null, rule.Table, null, context.Catalogue.Id));
                continue;
            }
            var source = RowExtractor.Extract(root, rule, table, documentId, index);
            using var reader = new ExtractedRowReader(table, source);
            var rows = BatchValidator.Validate(table, reader, validation).ToList();
            foreach (var row in rows)
            {
                issues.AddRange(row.Issues.Select(issue => issue with { Column = $"{table.Code}.{issue.Column}" }));
                if (row.Rejected)
                    issues.Add(new ValidationIssue(IssueCodes.CdaExtractedRowRejected, row.RowNumber, table.Code, null,
                        $"{table.Code} row {row.RowNumber}: {string.Join(", ", row.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.Code).Distinct())}"));
            }
            tables.Add(new ExtractedTable(table, rows));
        }
        return tables;
    }

    private static CdaResult Unreadable(string documentId, string sha, params ValidationIssue[] issues) =>
        new(DocumentKind.Unreadable, documentId, null, null, null, issues, [], sha);
}
