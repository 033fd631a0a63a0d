namespace HealthExchange.Ingest.Cda;

/// <summary>Two institutions hold a document with this id: the caller must say which (`hx cda get --institution`).</summary>
public sealed class AmbiguousDocumentException(string documentId)
    : Exception($"more than one institution holds document '{documentId}': give --institution");
