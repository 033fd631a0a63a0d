using System.Text;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Ingest.Envelope;

/// <summary>A table batch's envelope once its headers were read and checked.</summary>
public sealed record TableEnvelope(BatchIdentity Batch, string Table, BatchFormat Format, Encoding Encoding)
{
    /// <summary>hx-op: delete makes the batch a retraction of the records its rows name by business key.</summary>
    public bool Retraction { get; init; }

    /// <summary>hx-reason of a retraction, for its audit.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// What the signature's table line covers: the table, or "delete:" and the table for a retraction, so that a signed
    /// batch cannot be turned into a retraction by adding a header (docs/security.md).
    /// </summary>
    public string SignedSubject => Retraction ? RetractionSubjectPrefix + Table : Table;

    public const string RetractionSubjectPrefix = "delete:";
}
