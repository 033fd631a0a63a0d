using System.Text;
using HealthExchange.Ingest.Loading;
using HealthExchange.Validation.Reading;

namespace HealthExchange.Ingest.Envelope;

/// <summary>A table batch's envelope once its headers were read and checked.</summary>
public sealed record TableEnvelope(BatchIdentity Batch, string Table, BatchFormat Format, Encoding Encoding);
