using HealthExchange.Cda;
using HealthExchange.Cda.Checking;
using HealthExchange.Ingest.Envelope;
using HealthExchange.Ingest.Loading;
using HealthExchange.Ingest.Processing;
using HealthExchange.Ingest.Registry;
using HealthExchange.Ingest.Settling;
using HealthExchange.Validation.Catalogues;
using HealthExchange.Validation.Checking;
using HealthExchange.Validation.Issues;

namespace HealthExchange.Ingest.Cda;

/// <summary>
/// The way of one CDA document: envelope → registered institution → checks and extraction (src/Cda) → one
/// transaction (CdaDocumentLoader). An institution that is not registered is a dead letter, as for tables;
/// everything attributable, even unreadable bytes, is stored as a document.
/// </summary>
public sealed class CdaDocumentProcessor(CatalogueSet catalogues, InstitutionRegistry registry,
    CdaValidator validator, CdaDocumentLoader loader, UploadTime clock, SignatureCheck? signatures = null) : IRecordProcessor
{
    public DeadLetteredBatch PlatformFailure(ReceivedRecord record, ValidationIssue issue)
    {
        var (envelope, _, identity) = CdaEnvelopeReader.Read(record, clock);
        return DeadLetter(identity, issue) with { SenderBatchId = envelope?.SenderBatchId };
    }

    public async Task<BatchResult> ProcessAsync(ReceivedRecord record, CancellationToken cancellationToken)
    {
        var (envelope, problem, identity) = CdaEnvelopeReader.Read(record, clock);
        if (envelope is null) return DeadLetter(identity, problem!);
        if (signatures is not null && await registry.FindAsync(envelope.Institution, cancellationToken) is not null
            && await signatures.CheckAsync(record, envelope.Institution, "cda", envelope.SenderBatchId, cancellationToken) is { } forged)
            return DeadLetter(identity, forged);
        return await ProcessAsync(envelope, identity, record.Value, cancellationToken);
    }

    public async Task<BatchResult> ProcessAsync(CdaEnvelope envelope, BatchIdentity recordIdentity, byte[] payload, CancellationToken cancellationToken)
    {
        var institution = await registry.FindAsync(envelope.Institution, cancellationToken);
        if (institution is null)
            return DeadLetter(recordIdentity, new ValidationIssue(IssueCodes.UnknownInstitution, null, null, envelope.Institution));
        var catalogue = catalogues.CatalogueOf(institution);
        if (catalogue is null)
            return DeadLetter(recordIdentity, new ValidationIssue(IssueCodes.ProcessingFailed, null, null, null, $"no catalogue '{institution.CatalogueId}' is loaded"));

        var result = validator.Validate(payload, new CdaCheckContext(institution.Code, registry.IsKnown, catalogue, envelope.UploadedAt));
        var outcome = await loader.LoadAsync(envelope, result, payload, catalogue, cancellationToken);
        var summary = new BatchSummary();
        summary.AddHeaderIssues(result.Issues);
        return BatchResult.Of(envelope.Batch(result.DocumentId), result.TypeCode, outcome, summary) with
        {
            DocumentId = result.DocumentId,
            SenderBatchId = envelope.SenderBatchId ?? result.DocumentId,
            Retraction = result.ReplacesDocumentId is not null,
        };
    }

    /// <summary>The settler records it (ledger, stored dead letter, dead-letter topic): processors only decide.</summary>
    private static DeadLetteredBatch DeadLetter(BatchIdentity identity, ValidationIssue issue) =>
        BatchResult.DeadLetter(identity, null, issue) with { Format = CdaDocumentLoader.SourceKind, SourceKind = CdaDocumentLoader.SourceKind };
}
