using HealthExchange.Cda;
using HealthExchange.Cda.Checking;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.Ingest.Registry;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;
using Npgsql;

namespace HealthExchange.Ingest.Cda;

/// <summary>
/// The way of one CDA document: envelope → registered institution → checks and extraction (src/Cda) → one
/// transaction (CdaDocumentLoader). An institution that is not registered is a dead letter, as for tables;
/// everything attributable, even unreadable bytes, is stored as a document.
/// </summary>
public sealed class CdaDocumentProcessor(NpgsqlDataSource dataSource, CatalogueSet catalogues, InstitutionRegistry registry,
    CdaValidator validator, CdaDocumentLoader loader)
{
    public async Task<BatchResult> ProcessAsync(CdaEnvelope envelope, BatchIdentity recordIdentity, byte[] payload, CancellationToken cancellationToken)
    {
        var institution = await registry.FindAsync(envelope.Institution, cancellationToken);
        if (institution is null)
            return await DeadLetterAsync(recordIdentity, new ValidationIssue(IssueCodes.UnknownInstitution, null, null, envelope.Institution), cancellationToken);
        var catalogue = catalogues.ById(institution.CatalogueId) ?? catalogues.Find(institution.Kind);
        if (catalogue is null)
            return await DeadLetterAsync(recordIdentity, new ValidationIssue(IssueCodes.ProcessingFailed, null, null, null, $"no catalogue '{institution.CatalogueId}' is loaded"), cancellationToken);

        var result = validator.Validate(payload, new CdaCheckContext(institution.Code, registry.IsKnown, catalogue, envelope.UploadedAt));
        var outcome = await loader.LoadAsync(envelope, result, payload, cancellationToken);
        var summary = new BatchSummary();
        summary.AddHeaderIssues(result.Issues);
        return new BatchResult(outcome.Duplicate ? BatchStatus.Duplicate : BatchStatus.Loaded, envelope.Batch(result.DocumentId), result.TypeCode,
            outcome, outcome.Duplicate ? null : summary, null)
        {
            DocumentId = result.DocumentId,
            SenderBatchId = envelope.SenderBatchId ?? result.DocumentId,
        };
    }

    internal async Task<BatchResult> DeadLetterAsync(BatchIdentity identity, ValidationIssue issue, CancellationToken cancellationToken)
    {
        await BatchLedger.RecordDeadLetterAsync(dataSource, identity, null, CdaDocumentLoader.SourceKind, issue.Code, 1, cancellationToken, CdaDocumentLoader.SourceKind);
        return BatchResult.DeadLetter(identity, null, issue);
    }
}
