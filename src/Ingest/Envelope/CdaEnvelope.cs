using HealthExchange.Ingest.Loading;

namespace HealthExchange.Ingest.Envelope;

/// <summary>
/// A CDA record's envelope: who sent it and the sender's id for the upload (hx-batch, optional). The document
/// id, which keys the load, is known only once the document is read.
/// </summary>
public sealed record CdaEnvelope(string Institution, string? SenderBatchId, DateTimeOffset UploadedAt, string Topic, int Partition, long Offset)
{
    /// <summary>The hx.batches identity of the document: 'cda:' + its id, so it never collides with a table batch id.</summary>
    public BatchIdentity Batch(string documentId) => new(Institution, "cda:" + documentId, UploadedAt, Topic, Partition, Offset);
}
