namespace HealthExchange.Ingest.Cda;

/// <summary>A stored document's original bytes, whose institution holds it, and the SHA-256 recorded on receipt.</summary>
public sealed record StoredDocument(string Institution, byte[] Original, string Sha256);
